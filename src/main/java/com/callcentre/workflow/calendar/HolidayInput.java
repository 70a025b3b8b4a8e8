package com.callcentre.workflow.calendar;

import com.callcentre.workflow.system.DateBounds;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.InvalidInputException.FieldProblem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks what {@code /api/holidays} is given, naming every bad field at once. */
final class HolidayInput {

    static final Set<String> FIELDS = Set.of("date", "kind", "statutory", "name");
    static final int NAME_MAX = 50;

    private HolidayInput() {
    }

    /** The {@code year} query parameter. */
    static int year(String year) {
        if (year == null || year.isBlank()) {
            throw InvalidInputException.of("year", "必填，例如 year=2026");
        }
        if (!year.trim().matches("\\d{4}")) {
            throw InvalidInputException.of("year", "须为四位数的年份，例如 2026");
        }
        return Integer.parseInt(year.trim());
    }

    /** A path's date, e.g. of {@code DELETE /api/holidays/2027-02-04}. */
    static LocalDate date(String date) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = date(date, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return day;
    }

    /** The JSON body {date, kind, statutory, name}; statutory may be left out (false). */
    static Holiday holiday(Map<String, Object> body) {
        List<FieldProblem> problems = new ArrayList<>();
        body.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
                .forEach(k -> problems.add(new FieldProblem(k, "未知字段")));
        LocalDate date = date(body.get("date"), problems);
        Holiday.Kind kind = kind(body.get("kind"), problems);
        boolean statutory = statutory(body.get("statutory"), problems);
        String name = name(body.get("name"), problems);
        if (kind == Holiday.Kind.MAKEUP_WORKDAY) {
            if (date != null && !isWeekend(date)) {
                problems.add(new FieldProblem("date", "调休上班日须为周六或周日"));
            }
            if (statutory) {
                problems.add(new FieldProblem("statutory", "调休上班日不能是法定节假日"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Holiday(date, kind, statutory, name);
    }

    private static LocalDate date(Object value, List<FieldProblem> problems) {
        if (value == null || value instanceof String blank && blank.isBlank()) {
            problems.add(new FieldProblem("date", "必填，格式 yyyy-MM-dd"));
            return null;
        }
        if (!(value instanceof String text)) {
            problems.add(new FieldProblem("date", "须为文本，格式 yyyy-MM-dd"));
            return null;
        }
        try {
            // ISO_LOCAL_DATE is strict: 2027-02-30 is refused, not moved to March.
            LocalDate date = LocalDate.parse(text.trim());
            if (!DateBounds.within(date)) {
                problems.add(new FieldProblem("date", DateBounds.MESSAGE));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("date", "不是有效日期，格式 yyyy-MM-dd"));
            return null;
        }
    }

    private static Holiday.Kind kind(Object value, List<FieldProblem> problems) {
        String allowed = Arrays.toString(Holiday.Kind.values());
        if (value == null) {
            problems.add(new FieldProblem("kind", "必填，可选 " + allowed));
            return null;
        }
        for (Holiday.Kind kind : Holiday.Kind.values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        problems.add(new FieldProblem("kind", "未知类型，可选 " + allowed));
        return null;
    }

    private static boolean statutory(Object value, List<FieldProblem> problems) {
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        problems.add(new FieldProblem("statutory", "须为 true 或 false"));
        return false;
    }

    private static String name(Object value, List<FieldProblem> problems) {
        if (!(value instanceof String text) || text.isBlank()) {
            problems.add(new FieldProblem("name", "必填，节日名称，例如 春节"));
            return null;
        }
        String name = text.trim();
        if (name.codePointCount(0, name.length()) > NAME_MAX) {
            problems.add(new FieldProblem("name", "最多 " + NAME_MAX + " 个字符"));
        }
        return name;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
