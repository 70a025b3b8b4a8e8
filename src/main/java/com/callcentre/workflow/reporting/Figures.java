package com.callcentre.workflow.reporting;

/**
 * The figures of one group of a report (a department and category, a department, a category, or
 * everything); docs/reports.md says what each means. Counts of tickets and callbacks are
 * distinct within the group, so a ticket sent to two departments counts once in the total.
 *
 * @param received       tickets registered in the period
 * @param dispatched     department orders opened in the period
 * @param sentBack       orders sent back (退单) in the period
 * @param answered       receipts (回单) given in the period
 * @param answeredInTime of those, given by the order's resolve deadline
 * @param due            orders whose resolve deadline fell in the period and that are answered or breached
 * @param breached       of those, answered after the deadline or still open past it (SL-6), by level
 * @param breachRate     breached / due in percent, one decimal; null when nothing was due
 * @param callbacks      callbacks made in the period, by the customer's answer (CP-7)
 * @param hoursToAnswer  hours from an order's dispatch to its receipt, for the receipts of the period
 */
record Figures(long received, long dispatched, long sentBack, long answered, long answeredInTime, long due,
        Breaches breached, Double breachRate, Callbacks callbacks, HoursToAnswer hoursToAnswer) {

    /**
     * @param notEscalated breached, but no escalation has run yet (its timer is still to fire)
     * @param level1       highest level reached: the duty leader (a major complaint skips it, SL-3)
     */
    record Breaches(long total, long notEscalated, long level1, long level2, long level3) {
    }

    record Callbacks(long total, long satisfied, long unsatisfied, long unreachable) {
    }

    /** Both null when no receipt was given in the period. */
    record HoursToAnswer(Double average, Double p90) {
    }
}
