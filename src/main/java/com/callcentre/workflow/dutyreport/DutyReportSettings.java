package com.callcentre.workflow.dutyreport;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the duty reports fall due ({@code duty-report.*}), in the business zone
 * ({@code centre.business-zone}). Checked at start-up, so a bad value stops the application there,
 * naming the property.
 *
 * @param dailyAt         when the daily report's task is made; {@code null}: the end of the
 *                        roster's DAY shift ({@code staff.shift-times.DAY}, 16:00 by default)
 * @param monthlyDay      the day of the month the monthly analysis is asked for (default 15)
 * @param monthlyAt       at what time that day (default 09:00)
 * @param reminderDay     the day the duty leaders are reminded while it is not in (default 20)
 * @param reminderAt      at what time (default 09:00)
 * @param dueDay          the day it is due (default 22, CP-8: 22日前交客服部主任)
 * @param dueAt           at what time (default 18:00)
 */
@ConfigurationProperties("duty-report")
record DutyReportSettings(LocalTime dailyAt, Integer monthlyDay, LocalTime monthlyAt, Integer reminderDay,
        LocalTime reminderAt, Integer dueDay, LocalTime dueAt) {

    DutyReportSettings {
        monthlyDay = monthlyDay == null ? 15 : monthlyDay;
        monthlyAt = monthlyAt == null ? LocalTime.of(9, 0) : monthlyAt;
        reminderDay = reminderDay == null ? 20 : reminderDay;
        reminderAt = reminderAt == null ? LocalTime.of(9, 0) : reminderAt;
        dueDay = dueDay == null ? 22 : dueDay;
        dueAt = dueAt == null ? LocalTime.of(18, 0) : dueAt;
        // Every month has the day: at most the 28th.
        if (monthlyDay < 1 || dueDay > 28) {
            throw new IllegalArgumentException("duty-report.monthly-day and due-day: between 1 and 28, got "
                    + monthlyDay + " and " + dueDay);
        }
        if (!(monthlyDay <= reminderDay && reminderDay <= dueDay)
                || !monthlyDay(monthlyDay, monthlyAt).isBefore(monthlyDay(dueDay, dueAt))) {
            throw new IllegalArgumentException("duty-report: expected monthly-day <= reminder-day <= due-day and the "
                    + "task made before it is due, got " + monthlyDay + ", " + reminderDay + ", " + dueDay);
        }
    }

    /** Orders a day of the month and a time, to compare them. */
    private static java.time.LocalDateTime monthlyDay(int day, LocalTime at) {
        return java.time.LocalDate.of(2000, 1, day).atTime(at);
    }
}
