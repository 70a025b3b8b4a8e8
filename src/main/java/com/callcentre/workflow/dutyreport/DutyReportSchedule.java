package com.callcentre.workflow.dutyreport;

import com.callcentre.workflow.staff.ShiftTimes;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.BusinessClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When the duty reports fall due (RP-1, CP-8), for the model's timers ({@code ${dutyReportSchedule…}}).
 * <p>
 * <b>Zones.</b> A cron expression of the engine runs in the server's (JVM's) zone: {@code 0 0 16 * * ?}
 * would fire at 00:00 in Shanghai on a server in UTC. So the start timers are ISO 8601 repeating
 * intervals anchored at a business-zone time with its offset, {@code R/2026-01-01T16:00:00+08:00/P1D}
 * and {@code R/2026-01-15T09:00:00+08:00/P1M}: the first instant is absolute, whatever the server's
 * zone. The engine adds the day or month in the JVM's calendar, which keeps the business time for a
 * JVM in UTC or in the business zone, and for any business zone without daylight saving time
 * (Asia/Shanghai); a JVM zone with daylight saving time would move it by that hour (docs/operations.md).
 * <p>
 * The engine re-evaluates a cycle when it fires ({@code reevaluate-time-cycle-when-due}), so a
 * changed {@code duty-report.*} time counts from the firing after the change.
 */
@Component("dutyReportSchedule")
public class DutyReportSchedule {

    /** The cycles' first instants are on this date's month; any past date does. */
    static final LocalDate ANCHOR = LocalDate.of(2026, 1, 1);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final DutyReportSettings settings;
    private final ZoneId zone;
    private final LocalTime dailyAt;

    DutyReportSchedule(DutyReportSettings settings, BusinessClock clock, ShiftTimes shifts) {
        this.settings = settings;
        this.zone = clock.zone();
        this.dailyAt = settings.dailyAt() != null ? settings.dailyAt()
                : LocalTime.ofInstant(shifts.end(ANCHOR, ShiftType.DAY), zone);
    }

    /** The daily report's timer: every day at the end of the day shift. */
    public String dailyCycle() {
        return "R/" + ISO.format(ANCHOR.atTime(dailyAt).atZone(zone).withNano(0)) + "/P1D";
    }

    /** The monthly analysis's timer: every month on its day and time. */
    public String monthlyCycle() {
        return "R/" + ISO.format(ANCHOR.withDayOfMonth(settings.monthlyDay()).atTime(settings.monthlyAt())
                .atZone(zone).withNano(0)) + "/P1M";
    }

    /** When the daily report is made (the end of the day shift). */
    LocalTime dailyAt() {
        return dailyAt;
    }

    /** The month's analysis is due then (the task's due date; CP-8: by the 22nd). */
    Date dueOf(YearMonth month) {
        return Date.from(month.atDay(settings.dueDay()).atTime(settings.dueAt()).atZone(zone).toInstant());
    }

    /** The duty leaders are reminded then, while the analysis is not in. */
    Date reminderOf(YearMonth month) {
        return Date.from(month.atDay(settings.reminderDay()).atTime(settings.reminderAt()).atZone(zone).toInstant());
    }

    ZoneId zone() {
        return zone;
    }
}
