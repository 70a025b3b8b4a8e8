package com.callcentre.workflow.dutyreport;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One filed duty report (RP-1), a row of {@code duty_report}.
 *
 * @param reportKey  the instance's business key: {@code RB20300304} for a day, {@code YB203003} for a month
 * @param period     the day, or the month's first day
 * @param dutyLeader the day-shift duty leader the roster named (the task's assignee); {@code null} for a
 *                   month's analysis and for a day nobody was rostered
 * @param author     who completed the task
 * @param summary    工作概况 (daily) / 分析 (monthly), required
 * @param issues     疑难问题 (daily) / 主要问题 (monthly)
 * @param notes      交班事项 (daily) / 改进措施 (monthly)
 * @param figures    the day's figures as the form showed them; {@code null} for a month
 * @param dueAt      when a month's analysis was due (CP-8); {@code null} for a day
 */
record DutyReport(String reportKey, Kind kind, LocalDate period, String dutyLeader, String author, String summary,
        String issues, String notes, Figures figures, OffsetDateTime dueAt, OffsetDateTime filedAt) {

    enum Kind {
        DAILY("值班日报"),
        MONTHLY("月度服务质量分析");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** The reporting package's figures of the day ({@code reporting.DayFigures}), as shown on the form. */
    record Figures(long received, long dispatched, long sentBack, long answered, long answeredInTime, long breached,
            long callbacks, long centreStepBreaches) {
    }

    /** Filed after its due date (a month's analysis only). */
    boolean late() {
        return dueAt != null && filedAt.isAfter(dueAt);
    }
}
