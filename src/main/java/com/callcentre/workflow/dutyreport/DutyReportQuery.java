package com.callcentre.workflow.dutyreport;

import com.callcentre.workflow.system.DateRange;
import com.callcentre.workflow.system.InDateBounds;
import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * What {@code GET /api/duty-reports?from=&to=&kind=} asks for, read as a request record: every bad
 * field is named at once (400). Reports whose day (a month's analysis: its month's first day) lies
 * between the dates, both included.
 *
 * @param kind DAILY or MONTHLY; {@code null} for both
 */
@TypedInput
@DateRange(from = "from", to = "to", maxDays = DutyReportQuery.MAX_DAYS)
record DutyReportQuery(
        @NotNull(message = "必填，格式 yyyy-MM-dd") @InDateBounds LocalDate from,
        @NotNull(message = "必填，格式 yyyy-MM-dd") @InDateBounds LocalDate to,
        DutyReport.Kind kind) {

    /** The longest period one request reads, both ends included: a year. */
    static final int MAX_DAYS = 366;
}
