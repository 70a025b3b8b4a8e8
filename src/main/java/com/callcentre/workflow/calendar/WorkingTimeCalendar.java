package com.callcentre.workflow.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clock of a department order (SL-5): either the hotline's wall clock, 24 hours a day, or
 * daily working hours on working days only, counted in the business zone whatever the server's
 * zone. Pure arithmetic: the working days come from a {@link WorkingDays}.
 */
public final class WorkingTimeCalendar {

    private static final Pattern HOURS = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
    /** No working day in a year means the table is wrong; stop rather than loop for ever. */
    private static final int MAX_DAYS_OFF_IN_A_ROW = 366;
    private static final WorkingTimeCalendar WALL_CLOCK = new WorkingTimeCalendar(null, null, null, null);

    private final ZoneId zone;
    private final WorkingDays days;
    private final LocalTime opens;
    private final LocalTime closes;

    private WorkingTimeCalendar(ZoneId zone, WorkingDays days, LocalTime opens, LocalTime closes) {
        this.zone = zone;
        this.days = days;
        this.opens = opens;
        this.closes = closes;
    }

    /** The hotline's clock: every hour counts, holidays too. */
    public static WorkingTimeCalendar wallClock() {
        return WALL_CLOCK;
    }

    /**
     * @param workingHours {@code null} or blank: the wall clock; otherwise {@code HH:mm-HH:mm} within
     *                     one day (e.g. {@code 08:30-17:30}), counted on working days only
     * @throws IllegalArgumentException if the hours cannot be read or end before they start
     */
    public static WorkingTimeCalendar of(ZoneId zone, WorkingDays days, String workingHours) {
        if (workingHours == null || workingHours.isBlank()) {
            return WALL_CLOCK;
        }
        Matcher m = HOURS.matcher(workingHours.trim());
        LocalTime opens;
        LocalTime closes;
        try {
            if (!m.matches()) {
                throw new DateTimeParseException("not HH:mm-HH:mm", workingHours, 0);
            }
            opens = LocalTime.parse(m.group(1));
            closes = LocalTime.parse(m.group(2));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Working hours must be HH:mm-HH:mm, e.g. 08:30-17:30: " + workingHours, e);
        }
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Working hours must end after they start on the same day: " + workingHours);
        }
        return new WorkingTimeCalendar(Objects.requireNonNull(zone), Objects.requireNonNull(days), opens, closes);
    }

    public boolean isWallClock() {
        return opens == null;
    }

    /**
     * The moment {@code amount} of working time after {@code start}: the deadline. From outside
     * working hours the count begins when the next working period opens; a deadline that falls on
     * the close of a period stays there (17:30, not the next morning).
     */
    public Instant plusWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Negative working time: " + amount);
        }
        if (isWallClock()) {
            return start.plus(amount);
        }
        Duration left = amount;
        Instant at = start;
        LocalDate day = LocalDate.ofInstant(start, zone);
        int daysOff = 0;
        while (true) {
            if (days.isWorkingDay(day)) {
                daysOff = 0;
                Instant open = open(day);
                Instant close = close(day);
                Instant from = at.isBefore(open) ? open : at;
                if (!from.isAfter(close)) {
                    Duration available = Duration.between(from, close);
                    if (left.compareTo(available) <= 0) {
                        return from.plus(left);
                    }
                    left = left.minus(available);
                }
            } else if (++daysOff > MAX_DAYS_OFF_IN_A_ROW) {
                throw new IllegalStateException("No working day in the year after " + day.minusDays(daysOff));
            }
            day = day.plusDays(1);
            at = open(day);
        }
    }

    /**
     * The working time between two moments: what a paused clock had counted, so that it can go on
     * with {@code limit - elapsed} when it resumes. Negative if {@code to} is before {@code from}.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        if (isWallClock()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(last); day = day.plusDays(1)) {
            if (days.isWorkingDay(day)) {
                Instant start = max(from, open(day));
                Instant end = min(to, close(day));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private Instant open(LocalDate day) {
        return day.atTime(opens).atZone(zone).toInstant();
    }

    private Instant close(LocalDate day) {
        return day.atTime(closes).atZone(zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public String toString() {
        return isWallClock() ? "wall clock, 24 h" : opens + "-" + closes + " on working days, " + zone;
    }
}
