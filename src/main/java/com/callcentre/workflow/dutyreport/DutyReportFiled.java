package com.callcentre.workflow.dutyreport;

import java.util.List;

/**
 * A duty report was filed (RP-1): published inside the step that stored it, so the mail to the
 * cs-director is queued in that transaction ({@code notification} listens). Free text as typed.
 *
 * @param monthly     a month's analysis; else a day's report
 * @param reportKey   the business key, {@code RB20300304} or {@code YB203003}
 * @param periodText  2030年3月4日（周一） or 2030年3月
 * @param authorName  who filed it, by name
 * @param figures     the day's figures as label and value (受理工单, 3), in order; empty for a month
 * @param dueText     when a month's analysis was due, empty for a day
 * @param late        a month's analysis filed after it was due
 */
public record DutyReportFiled(boolean monthly, String reportKey, String periodText, String authorName,
        String summary, String issues, String notes, List<Figure> figures, String dueText, boolean late) {

    /** One figure of the day as the form showed it. */
    public record Figure(String label, long value) {
    }
}
