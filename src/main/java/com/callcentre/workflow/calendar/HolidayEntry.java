package com.callcentre.workflow.calendar;

import com.callcentre.workflow.system.InDateBounds;
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
import java.time.DayOfWeek;
import java.time.LocalDate;

/** The body of {@code POST /api/holidays}; {@code statutory} may be left out (false). */
@TypedInput
@HolidayEntry.MakeupWorkday
record HolidayEntry(
        @NotNull(message = "必填，格式 yyyy-MM-dd") @InDateBounds LocalDate date,
        @NotNull(message = "必填，可选 [BREAK_DAY, MAKEUP_WORKDAY]") Holiday.Kind kind,
        Boolean statutory,
        @NotBlank(message = "必填，节日名称，例如 春节") @Size(max = NAME_MAX, message = "最多 50 个字符") String name) {

    static final int NAME_MAX = 50;

    Holiday holiday() {
        return new Holiday(date, kind, Boolean.TRUE.equals(statutory), name);
    }

    /** A make-up working day (调休上班) is a Saturday or Sunday, and no statutory holiday. */
    @Constraint(validatedBy = MakeupWorkday.Check.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface MakeupWorkday {

        String message() default "调休上班日须为周六或周日";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<MakeupWorkday, HolidayEntry> {
            @Override
            public boolean isValid(HolidayEntry entry, ConstraintValidatorContext context) {
                if (entry == null || entry.kind() != Holiday.Kind.MAKEUP_WORKDAY) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                if (entry.date() != null && entry.date().getDayOfWeek() != DayOfWeek.SATURDAY
                        && entry.date().getDayOfWeek() != DayOfWeek.SUNDAY) {
                    context.buildConstraintViolationWithTemplate("调休上班日须为周六或周日").addPropertyNode("date")
                            .addConstraintViolation();
                    valid = false;
                }
                if (Boolean.TRUE.equals(entry.statutory())) {
                    context.buildConstraintViolationWithTemplate("调休上班日不能是法定节假日").addPropertyNode("statutory")
                            .addConstraintViolation();
                    valid = false;
                }
                return valid;
            }
        }
    }
}
