package com.callcentre.workflow.leave;

import com.callcentre.workflow.system.DateBounds;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.InvalidInputException.FieldProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a leave request from the API body or the Tasklist start form, naming every bad field at
 * once (400). The rules that need the roster come after, in {@link LeaveRules}.
 */
final class LeaveInput {

    static final Set<String> FIELDS = Set.of("employee", "type", "start", "end", "reason", "emergency");
    static final int REASON_MAX = 500;
    /** The longest request: a year (maternity leave is about five months). */
    static final Duration LONGEST = Duration.ofDays(366);

    private LeaveInput() {
    }

    /** The API's JSON body; fields other than {@link #FIELDS} are refused. */
    static LeaveApplication fromApi(Map<String, Object> body, String submitter, Predicate<String> known,
            ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        body.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
                .forEach(k -> problems.add(new FieldProblem(k, "未知字段")));
        return read(body, submitter, known, zone, problems);
    }

    /** The start form's values (the instance's variables, which hold more than the form's). */
    static LeaveApplication fromStartForm(Map<String, Object> variables, String submitter, Predicate<String> known,
            ZoneId zone) {
        return read(variables, submitter, known, zone, new ArrayList<>());
    }

    private static LeaveApplication read(Map<String, Object> input, String submitter, Predicate<String> known,
            ZoneId zone, List<FieldProblem> problems) {
        String employee = employee(input.get("employee"), submitter, known, problems);
        LeaveType type = type(input.get("type"), problems);
        Instant start = instant("start", input.get("start"), zone, problems);
        Instant end = instant("end", input.get("end"), zone, problems);
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                problems.add(new FieldProblem("end", "结束时间须晚于开始时间"));
            } else if (Duration.between(start, end).compareTo(LONGEST) > 0) {
                problems.add(new FieldProblem("end", "一次请假最长 366 天"));
            }
        }
        String reason = reason(input.get("reason"), problems);
        boolean emergency = emergency(input.get("emergency"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new LeaveApplication(employee, submitter, type, start, end, reason, emergency);
    }

    /** Left out: the submitter asks for themself. */
    private static String employee(Object value, String submitter, Predicate<String> known,
            List<FieldProblem> problems) {
        String userId;
        if (value == null || value instanceof String blank && blank.isBlank()) {
            userId = submitter;
        } else if (value instanceof String text) {
            userId = text.trim();
        } else {
            problems.add(new FieldProblem("employee", "须为文本，员工的用户名，例如 agent1"));
            return null;
        }
        if (userId == null || !known.test(userId)) {
            problems.add(new FieldProblem("employee", "未知员工（不在排班表中）: " + userId));
            return null;
        }
        return userId;
    }

    private static LeaveType type(Object value, List<FieldProblem> problems) {
        String allowed = Arrays.toString(LeaveType.values());
        if (value == null || value instanceof String blank && blank.isBlank()) {
            problems.add(new FieldProblem("type", "必填，可选 " + allowed));
            return null;
        }
        for (LeaveType type : LeaveType.values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        problems.add(new FieldProblem("type", "未知请假类型，可选 " + allowed));
        return null;
    }

    /** ISO-8601 with an offset (2030-01-08T08:00+08:00), or without one in the business zone. */
    private static Instant instant(String field, Object value, ZoneId zone, List<FieldProblem> problems) {
        if (value == null || value instanceof String blank && blank.isBlank()) {
            problems.add(new FieldProblem(field, "必填，格式 yyyy-MM-ddTHH:mm+08:00"));
            return null;
        }
        if (!(value instanceof String text)) {
            problems.add(new FieldProblem(field, "须为文本，格式 yyyy-MM-ddTHH:mm+08:00"));
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                instant = LocalDateTime.parse(text.trim()).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, "不是有效时间，格式 yyyy-MM-ddTHH:mm+08:00"));
                return null;
            }
        }
        if (!DateBounds.within(instant.atZone(zone).getYear())) {
            problems.add(new FieldProblem(field, DateBounds.MESSAGE));
            return null;
        }
        return instant;
    }

    private static String reason(Object value, List<FieldProblem> problems) {
        if (!(value instanceof String text) || text.isBlank()) {
            problems.add(new FieldProblem("reason", "必填，请假事由"));
            return null;
        }
        if (text.trim().length() > REASON_MAX) {
            problems.add(new FieldProblem("reason", "最多 " + REASON_MAX + " 字"));
            return null;
        }
        return text.trim();
    }

    private static boolean emergency(Object value, List<FieldProblem> problems) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        problems.add(new FieldProblem("emergency", "须为 true 或 false"));
        return false;
    }
}
