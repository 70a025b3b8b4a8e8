package com.callcentre.workflow.staff;

import com.callcentre.workflow.system.DateBounds;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.InvalidInputException.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Reads and checks what {@code /api/shifts} is given, naming every bad field at once. */
final class ShiftInput {

    static final Set<String> FIELDS = Set.of("employee", "date", "type");
    static final Set<String> QUERY = Set.of("employee", "from", "to");
    /** The longest period one GET lists, both ends included: about a quarter. */
    static final int MAX_DAYS = 93;

    /** A shift to add, as {@code POST /api/shifts} gives it. */
    record NewShift(String employee, LocalDate date, ShiftType type) {
    }

    /** What {@code GET /api/shifts} asks for; {@code employee} null for everyone. */
    record Period(String employee, LocalDate from, LocalDate to) {
    }

    private ShiftInput() {
    }

    /** The JSON body {employee, date, type}; {@code known} tells an employee on the roster. */
    static NewShift newShift(Map<String, Object> body, Predicate<String> known) {
        List<FieldProblem> problems = new ArrayList<>();
        unknownFields(body.keySet(), FIELDS, problems);
        String employee = employee(body.get("employee"), true, known, problems);
        LocalDate date = date("date", body.get("date"), problems);
        ShiftType type = type(body.get("type"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NewShift(employee, date, type);
    }

    /** The query parameters employee (optional), from and to (ISO dates, to not before from). */
    static Period period(Map<String, String[]> parameters, Predicate<String> known) {
        List<FieldProblem> problems = new ArrayList<>();
        unknownFields(parameters.keySet(), QUERY, problems);
        String employee = employee(single(parameters, "employee"), false, known, problems);
        LocalDate from = date("from", single(parameters, "from"), problems);
        LocalDate to = date("to", single(parameters, "to"), problems);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                problems.add(new FieldProblem("to", "不能早于 from"));
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
                problems.add(new FieldProblem("to", "一次最多查询 " + MAX_DAYS + " 天（含首尾）"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Period(employee, from, to);
    }

    private static void unknownFields(Collection<String> given, Set<String> allowed, List<FieldProblem> problems) {
        given.stream().filter(k -> !allowed.contains(k)).sorted()
                .forEach(k -> problems.add(new FieldProblem(k, "未知字段")));
    }

    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].trim();
    }

    private static String employee(Object value, boolean required, Predicate<String> known,
            List<FieldProblem> problems) {
        if (value == null || value instanceof String blank && blank.isBlank()) {
            if (required) {
                problems.add(new FieldProblem("employee", "必填，员工的用户名，例如 agent1"));
            }
            return null;
        }
        if (!(value instanceof String text)) {
            problems.add(new FieldProblem("employee", "须为文本，员工的用户名，例如 agent1"));
            return null;
        }
        String userId = text.trim();
        if (!known.test(userId)) {
            problems.add(new FieldProblem("employee", "未知员工: " + userId));
            return null;
        }
        return userId;
    }

    private static LocalDate date(String field, Object value, List<FieldProblem> problems) {
        if (value == null || value instanceof String blank && blank.isBlank()) {
            problems.add(new FieldProblem(field, "必填，格式 yyyy-MM-dd"));
            return null;
        }
        if (!(value instanceof String text)) {
            problems.add(new FieldProblem(field, "须为文本，格式 yyyy-MM-dd"));
            return null;
        }
        try {
            // ISO_LOCAL_DATE is strict: 2030-02-30 is refused, not moved to March.
            LocalDate date = LocalDate.parse(text.trim());
            if (!DateBounds.within(date)) {
                problems.add(new FieldProblem(field, DateBounds.MESSAGE));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "不是有效日期，格式 yyyy-MM-dd"));
            return null;
        }
    }

    private static ShiftType type(Object value, List<FieldProblem> problems) {
        String allowed = Arrays.toString(ShiftType.values());
        if (value == null) {
            problems.add(new FieldProblem("type", "必填，可选 " + allowed));
            return null;
        }
        for (ShiftType type : ShiftType.values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        problems.add(new FieldProblem("type", "未知班次，可选 " + allowed));
        return null;
    }
}
