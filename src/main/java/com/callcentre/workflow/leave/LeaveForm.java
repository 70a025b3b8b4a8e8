package com.callcentre.workflow.leave;

import com.callcentre.workflow.staff.OnRoster;
import com.callcentre.workflow.staff.ShiftTimes;
import com.callcentre.workflow.system.DateBounds;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A leave request as {@code POST /api/leave-requests} or the Tasklist start form gives it: one
 * record, one set of rules (400, every bad field at once). The rules that need the roster come
 * after, in {@link LeaveRules}. Times are ISO-8601 with an offset (2030-01-08T08:00+08:00), or
 * without one in the business zone; {@code employee} left out is the submitter.
 */
@TypedInput
@LeaveForm.Period
record LeaveForm(
        @OnRoster(message = "未知员工（不在排班表中）: ${validatedValue}") String employee,
        @NotNull(message = "必填，可选 [PERSONAL, PERSONAL_SPECIAL, SICK, OFFICIAL, MARRIAGE, BEREAVEMENT, "
                + "HOME_VISIT, MATERNITY, WORK_INJURY]") LeaveType type,
        @NotNull(message = TIME_FORMAT) String start,
        @NotNull(message = TIME_FORMAT) String end,
        @NotBlank(message = "必填，请假事由") @Size(max = REASON_MAX, message = "最多 500 字") String reason,
        Boolean emergency) {

    static final String TIME_FORMAT = "必填，格式 yyyy-MM-ddTHH:mm+08:00";
    static final int REASON_MAX = 500;
    /** The longest request: a year (maternity leave is about five months). */
    static final Duration LONGEST = Duration.ofDays(366);

    /** The checked form as the rules read it; an unknown submitter asking for themself is refused. */
    LeaveApplication application(String submitter, ZoneId zone, Predicate<String> onRoster) {
        String userId = employee == null ? submitter : employee;
        if (userId == null || !onRoster.test(userId)) {
            throw InvalidInputException.of("employee", "未知员工（不在排班表中）: " + userId);
        }
        return new LeaveApplication(userId, submitter, type, instant(start, zone), instant(end, zone), reason,
                Boolean.TRUE.equals(emergency));
    }

    /** The time, or {@code null} if it is none. */
    static Instant instant(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /** Start and end are times within {@link DateBounds}, the end after the start, at most {@link #LONGEST}. */
    @Constraint(validatedBy = Period.Check.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Period {

        String message() default "请假时段有误";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Made by Spring's validator factory, which gives it the business zone. */
        class Check implements ConstraintValidator<Period, LeaveForm> {

            private final ZoneId zone;

            @Autowired
            Check(ShiftTimes times) {
                this(times.zone());
            }

            Check(ZoneId zone) {
                this.zone = zone;
            }

            @Override
            public boolean isValid(LeaveForm form, ConstraintValidatorContext context) {
                if (form == null) {
                    return true;
                }
                Map<String, String> problems = new LinkedHashMap<>();
                Instant start = time("start", form.start(), problems);
                Instant end = time("end", form.end(), problems);
                if (start != null && end != null) {
                    if (!end.isAfter(start)) {
                        problems.put("end", "结束时间须晚于开始时间");
                    } else if (Duration.between(start, end).compareTo(LONGEST) > 0) {
                        problems.put("end", "一次请假最长 366 天");
                    }
                }
                context.disableDefaultConstraintViolation();
                problems.forEach((field, message) -> context.buildConstraintViolationWithTemplate(message)
                        .addPropertyNode(field).addConstraintViolation());
                return problems.isEmpty();
            }

            /** The time, or {@code null}: missing (left to {@code @NotNull}) or a problem named. */
            private Instant time(String field, String text, Map<String, String> problems) {
                if (text == null) {
                    return null;
                }
                Instant instant = instant(text, zone);
                if (instant == null) {
                    problems.put(field, "不是有效时间，格式 yyyy-MM-ddTHH:mm+08:00");
                } else if (!DateBounds.within(instant.atZone(zone).getYear())) {
                    problems.put(field, DateBounds.MESSAGE);
                    return null;
                }
                return instant;
            }
        }
    }
}
