package com.callcentre.workflow.handover;

import com.callcentre.workflow.staff.ShiftTimes;
import com.callcentre.workflow.staff.ShiftType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * When a handover falls due (HO-1): at the end of each roster shift ({@code staff.shift-times}),
 * for the model's start timer ({@code ${handoverSchedule.cycle()}}).
 * <p>
 * The timer is an ISO 8601 repeating interval anchored at a shift's end in the business zone with
 * its offset ({@code R/2026-01-01T08:00:00+08:00/PT8H}, as the duty reports do, so the server's zone
 * does not matter). When the shifts end at evenly spaced times (the default 08:00, 16:00, 24:00:
 * every 8 hours) the period is that spacing; otherwise the timer fires every hour and the first step
 * opens a handover only for a shift that ended since and has none yet. Either way the first step is
 * idempotent per shift (one row per shift in {@code handover}), also with two nodes on one database.
 */
@Component("handoverSchedule")
public class HandoverSchedule {

    /** The cycle's first instant is on this date; any past date does. */
    static final LocalDate ANCHOR = LocalDate.of(2026, 1, 1);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** A roster shift: its date and type, and when it ends. */
    record ShiftOf(LocalDate date, ShiftType type, Instant end) {
    }

    private final ShiftTimes times;
    private final String cycle;

    HandoverSchedule(ShiftTimes times) {
        this.times = times;
        this.cycle = cycleOf(times);
    }

    /** The start timer's cycle. */
    public String cycle() {
        return cycle;
    }

    ZoneId zone() {
        return times.zone();
    }

    /** The shift that ended last at or before the instant (of its date, the day before or the one before that). */
    Optional<ShiftOf> endedAt(Instant at) {
        LocalDate date = times.dateOf(at);
        return List.of(date, date.minusDays(1), date.minusDays(2)).stream()
                .flatMap(d -> Arrays.stream(ShiftType.values()).map(t -> new ShiftOf(d, t, times.end(d, t))))
                .filter(s -> !s.end().isAfter(at))
                .max(Comparator.comparing(ShiftOf::end));
    }

    /** The shift that starts when this one ends: the incoming shift. */
    Optional<ShiftOf> next(ShiftOf ended) {
        return List.of(ended.date(), ended.date().plusDays(1)).stream()
                .flatMap(d -> Arrays.stream(ShiftType.values()).filter(t -> times.start(d, t).equals(ended.end()))
                        .map(t -> new ShiftOf(d, t, times.end(d, t))))
                .findFirst();
    }

    Instant start(ShiftOf shift) {
        return times.start(shift.date(), shift.type());
    }

    private static String cycleOf(ShiftTimes times) {
        ZoneId zone = times.zone();
        List<Instant> ends = Arrays.stream(ShiftType.values()).map(t -> times.end(ANCHOR, t)).sorted().toList();
        long day = Duration.ofDays(1).toMinutes();
        long minutesOfDay = ends.get(0).atZone(zone).toLocalTime().toSecondOfDay() / 60;
        long period = day / ends.size();
        boolean even = day % ends.size() == 0;
        for (Instant end : ends) {
            long m = end.atZone(zone).toLocalTime().toSecondOfDay() / 60;
            even &= Math.floorMod(m - minutesOfDay, period) == 0;
        }
        Instant first = ends.get(0);
        if (!even) {
            return "R/" + ISO.format(ANCHOR.atStartOfDay(zone)) + "/PT1H";
        }
        return "R/" + ISO.format(first.atZone(zone).withNano(0)) + "/PT" + period + "M";
    }
}
