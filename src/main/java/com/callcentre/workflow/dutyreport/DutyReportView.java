package com.callcentre.workflow.dutyreport;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * A duty report as {@code GET /api/duty-reports} answers it; times in the business zone.
 *
 * @param period     {@code 2030-03-04} for a day, {@code 2030-03} for a month
 * @param periodText 2030年3月4日（周一）, 2030年3月
 * @param late       a month's analysis filed after its due date (CP-8); always false for a day
 */
record DutyReportView(String reportKey, DutyReport.Kind kind, String kindName, String period, String periodText,
        String dutyLeader, String author, String summary, String issues, String notes, DutyReport.Figures figures,
        OffsetDateTime dueAt, OffsetDateTime filedAt, boolean late) {

    static DutyReportView of(DutyReport r, ZoneId zone) {
        boolean monthly = r.kind() == DutyReport.Kind.MONTHLY;
        YearMonth month = YearMonth.from(r.period());
        return new DutyReportView(r.reportKey(), r.kind(), r.kind().label(),
                monthly ? month.toString() : r.period().toString(),
                monthly ? DutyReportTexts.month(month) : DutyReportTexts.day(r.period()), r.dutyLeader(), r.author(),
                r.summary(), r.issues(), r.notes(), r.figures(), at(r.dueAt(), zone), at(r.filedAt(), zone), r.late());
    }

    private static OffsetDateTime at(OffsetDateTime time, ZoneId zone) {
        return time == null ? null : time.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
