package com.callcentre.workflow.quality;

import com.callcentre.workflow.system.BusinessClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When the month's listenings (质检抽听, QA-1) start, are reminded and end, for the timers of
 * {@code quality-listening} ({@code ${listeningSchedule.monthlyCycle()}}). The start timer is an ISO
 * 8601 repeating interval anchored at 08:00 on a first of the month in the business zone, with its
 * offset, so it fires at 08:00 in Shanghai whatever the server's zone (as the duty reports' timers,
 * see dutyreport.DutyReportSchedule). Public: the engine's expressions call only public classes.
 */
@Component("listeningSchedule")
public class ListeningSchedule {

    static final LocalDate ANCHOR = LocalDate.of(2026, 1, 1);
    static final LocalTime START = LocalTime.of(8, 0);
    static final LocalTime REMINDER = LocalTime.of(9, 0);

    private final ListeningSettings settings;
    private final ZoneId zone;

    ListeningSchedule(ListeningSettings settings, BusinessClock clock) {
        this.settings = settings;
        this.zone = clock.zone();
    }

    /** The start timer: the first of every month at 08:00 in the business zone. */
    public String monthlyCycle() {
        return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ANCHOR.atTime(START).atZone(zone)) + "/P1M";
    }

    /** Agents below quota are flagged then: {@code reminderDaysBefore} days before the month's end, 09:00. */
    Date reminderOf(YearMonth month) {
        return Date.from(month.atEndOfMonth().plusDays(1).minusDays(settings.reminderDaysBefore()).atTime(REMINDER)
                .atZone(zone).toInstant());
    }

    /** The month is over: midnight at its end, in the business zone. */
    Date endOf(YearMonth month) {
        return Date.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    int quota() {
        return settings.quota();
    }

    ZoneId zone() {
        return zone;
    }
}
