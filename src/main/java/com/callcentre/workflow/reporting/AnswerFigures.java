package com.callcentre.workflow.reporting;

import com.callcentre.workflow.complaint.PeriodRecords.AnswerDue;
import java.time.Instant;
import java.util.List;

/**
 * 客户答复超时 (SL-1, SL-6): the customer's-answer clocks whose deadline fell in the period, and of
 * those the ones late by the one rule of {@code complaint.AnswerClocks#breached} (as
 * {@code GET /api/complaints} shows them): answered, or closed without an answer, after the deadline,
 * or still open past it. Beside the centre's late steps ({@code centreSteps}) and the departments'
 * breaches; counted in the period of the deadline, like an order's breach.
 *
 * @param due          clocks whose deadline fell in the period and whose result is known: answered
 *                     or closed, or late; a clock paused for the customer before its deadline is not yet due
 * @param breached     of those, late
 * @param answeredLate of the late ones, answered or closed after the deadline
 * @param unanswered   of the late ones, still neither answered nor closed
 * @param breachRate   breached / due in percent, one decimal; null when nothing was due
 */
record AnswerFigures(long due, long breached, long answeredLate, long unanswered, Double breachRate) {

    static AnswerFigures of(List<AnswerDue> clocks, Instant now) {
        long due = 0;
        long late = 0;
        long open = 0;
        for (AnswerDue clock : clocks) {
            boolean breached = clock.breached(now);
            if (breached || !clock.open()) {
                due++;
            }
            if (breached) {
                late++;
                open += clock.open() ? 1 : 0;
            }
        }
        return new AnswerFigures(due, late, late - open, open, due == 0 ? null : Tally.oneDecimal(100.0 * late / due));
    }
}
