package com.callcentre.workflow.attendance;

import com.callcentre.workflow.system.BusinessClock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * When the attendance register is published, for the start timer of {@code attendance-publication}
 * ({@code ${attendancePublishSchedule.monthlyCycle()}}). As {@code dutyreport.DutyReportSchedule}: an
 * ISO 8601 repeating interval anchored at a business-zone time with its offset
 * ({@code R/2026-01-03T09:00:00+08:00/P1M}), so the first instant is absolute whatever the server's
 * zone; the engine re-evaluates the cycle when it fires, so a changed {@code attendance.publish.*}
 * counts from the firing after the change.
 */
@Component("attendancePublishSchedule")
public class PublishSchedule {

    private static final LocalDate ANCHOR = LocalDate.of(2026, 1, 1);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final PublishSettings settings;
    private final ZoneId zone;

    PublishSchedule(PublishSettings settings, BusinessClock clock) {
        this.settings = settings;
        this.zone = clock.zone();
    }

    /** The start timer: every month on the publication day and time. */
    public String monthlyCycle() {
        return "R/" + ISO.format(ANCHOR.withDayOfMonth(settings.day()).atTime(settings.at()).atZone(zone).withNano(0))
                + "/P1M";
    }

    /**
     * The month whose register is published now: the month before that of the latest publication
     * time not after now. On time (or late within the month) the month before this one; a timer
     * that fires before this month's publication time (the job executor was down past the month's
     * end) still publishes the month it was due for.
     */
    YearMonth monthToPublish() {
        ZonedDateTime now = BusinessClock.now().atZone(zone);
        YearMonth current = YearMonth.from(now);
        ZonedDateTime thisMonths = current.atDay(settings.day()).atTime(settings.at()).atZone(zone);
        return now.isBefore(thisMonths) ? current.minusMonths(2) : current.minusMonths(1);
    }

    ZoneId zone() {
        return zone;
    }
}
