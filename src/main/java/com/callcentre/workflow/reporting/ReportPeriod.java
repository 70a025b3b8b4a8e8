package com.callcentre.workflow.reporting;

import com.callcentre.workflow.system.DateBounds;
import com.callcentre.workflow.system.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a report, bounded in the business zone: an ISO week from Monday 00:00 to the
 * next Monday 00:00, a calendar month from the 1st 00:00 to the next 1st, or one day from 00:00
 * to the next 00:00 (the duty leader's daily report, RP-1). {@code from} is inclusive, {@code to}
 * exclusive.
 */
record ReportPeriod(Kind kind, String label, String title, ZonedDateTime from, ZonedDateTime to) {

    enum Kind { WEEK, MONTH, DAY }

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    /** {@code 2026-W47}; blank or missing: the week of {@code now} in the zone. */
    static ReportPeriod week(String text, Instant now, ZoneId zone) {
        LocalDate monday;
        if (text == null || text.isBlank()) {
            monday = LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        } else {
            Matcher m = WEEK.matcher(text.trim());
            if (!m.matches()) {
                throw InvalidInputException.of("week", "周的格式应为 年-W周次，例如 2026-W47");
            }
            int year = Integer.parseInt(m.group(1));
            int week = Integer.parseInt(m.group(2));
            if (!DateBounds.within(year)) {
                throw InvalidInputException.of("week", DateBounds.MESSAGE);
            }
            // A year has 52 or 53 ISO weeks; 4 January is always in week 1.
            LocalDate jan4 = LocalDate.of(year, 1, 4);
            long weeks = jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
            if (week < 1 || week > weeks) {
                throw InvalidInputException.of("week", year + " 年只有第 01 至第 " + weeks + " 周");
            }
            monday = jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        }
        int year = monday.get(IsoFields.WEEK_BASED_YEAR);
        int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return new ReportPeriod(Kind.WEEK, String.format("%d-W%02d", year, week),
                year + " 年第 " + week + " 周", monday.atStartOfDay(zone), monday.plusWeeks(1).atStartOfDay(zone));
    }

    /** {@code 2026-11}; blank or missing: the month of {@code now} in the zone. */
    static ReportPeriod month(String text, Instant now, ZoneId zone) {
        YearMonth month;
        if (text == null || text.isBlank()) {
            month = YearMonth.from(LocalDate.ofInstant(now, zone));
        } else {
            Matcher m = MONTH.matcher(text.trim());
            int number = m.matches() ? Integer.parseInt(m.group(2)) : 0;
            if (number < 1 || number > 12) {
                throw InvalidInputException.of("month", "月份的格式应为 年-月，例如 2026-11");
            }
            if (!DateBounds.within(Integer.parseInt(m.group(1)))) {
                throw InvalidInputException.of("month", DateBounds.MESSAGE);
            }
            month = YearMonth.of(Integer.parseInt(m.group(1)), number);
        }
        return new ReportPeriod(Kind.MONTH, month.toString(),
                month.getYear() + " 年 " + month.getMonthValue() + " 月",
                month.atDay(1).atStartOfDay(zone), month.plusMonths(1).atDay(1).atStartOfDay(zone));
    }

    /** One business day, 00:00 to the next 00:00 in the zone. */
    static ReportPeriod day(LocalDate date, ZoneId zone) {
        return new ReportPeriod(Kind.DAY, date.toString(), date.getYear() + " 年 " + date.getMonthValue() + " 月 "
                + date.getDayOfMonth() + " 日", date.atStartOfDay(zone), date.plusDays(1).atStartOfDay(zone));
    }

    boolean contains(Instant instant) {
        return instant != null && !instant.isBefore(from.toInstant()) && instant.isBefore(to.toInstant());
    }
}
