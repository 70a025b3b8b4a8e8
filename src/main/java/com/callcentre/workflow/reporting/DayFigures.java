package com.callcentre.workflow.reporting;

import com.callcentre.workflow.system.BusinessClock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * One business day's figures for the duty leader's daily report (RP-1): the totals of the same
 * report as {@code /api/reports} builds for a week or a month, for one day (00:00 to 24:00 in the
 * business zone), so that the daily report counts exactly as the weekly and monthly ones do
 * (docs/reports.md). The API of this package for {@code dutyreport}.
 */
@Component
public class DayFigures {

    /**
     * What the daily report shows, each as docs/reports.md defines it, for the day so far.
     *
     * @param received           受理工单: tickets registered
     * @param dispatched         派发督办单: department orders opened
     * @param sentBack           退单: orders sent back
     * @param answered           回单: receipts given
     * @param answeredInTime     按时回单: of those, by the order's resolve deadline
     * @param breached           超时: orders whose resolve deadline fell on the day and that were answered late or are still open past it
     * @param callbacks          回访: callbacks made
     * @param centreStepBreaches 中心环节超时: the centre's own steps that passed their limit on the day
     */
    public record Day(LocalDate date, long received, long dispatched, long sentBack, long answered,
            long answeredInTime, long breached, long callbacks, long centreStepBreaches) {
    }

    private final ReportService reports;
    private final BusinessClock clock;

    DayFigures(ReportService reports, BusinessClock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** The day's figures as of now (the engine's clock): events later in the day are not there yet. */
    public Day of(LocalDate date) {
        Report report = reports.build(ReportPeriod.day(date, clock.zone()));
        Figures total = report.total();
        long centre = report.centreSteps().stream().mapToLong(Report.CentreStep::breached).sum();
        return new Day(date, total.received(), total.dispatched(), total.sentBack(), total.answered(),
                total.answeredInTime(), total.breached().total(), total.callbacks().total(), centre);
    }
}
