package com.callcentre.workflow.reporting;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A weekly or monthly report (CP-8, SL-6), as {@code /api/reports} answers it. A department of
 * {@code null} ("未派单") holds the tickets that have no department order: resolved at first
 * contact, or not yet dispatched.
 *
 * @param rows        one per department and category that has any figure
 * @param departments every configured department (and 未派单 when it has figures), over all categories
 * @param categories  every category of the intake form, over all departments
 * @param total       everything; tickets and callbacks counted once however many departments they went to
 * @param centreSteps the centre's late steps, per step
 * @param customerAnswers the customers answered late (客户答复超时, SL-1), beside the centre's late steps
 * @param audits      the daily audit's verdicts of the period, failures per handler and per owner (CP-8, RP-1)
 * @param people      what each person did in the period: reviews, answers, callbacks, audit verdicts (CP-8, RP-1)
 * @param repeats     the repeat-complaint rate of the tickets received, per category and in total
 */
record Report(Period period, OffsetDateTime generatedAt, List<Row> rows, List<DepartmentTotal> departments,
        List<CategoryTotal> categories, Figures total, List<CentreStep> centreSteps, AnswerFigures customerAnswers,
        AuditFigures audits, List<PeopleFigures.Person> people, RepeatFigures repeats) {

    /**
     * The centre's own steps that passed their limit in the period (SL-2, SL-6), beside the
     * departments' breaches: every step of {@code CentreSteps}, also at 0.
     */
    record CentreStep(String step, String stepName, long breached) {
    }

    /** @param from inclusive, @param to exclusive, both in the business zone */
    record Period(ReportPeriod.Kind kind, String label, String title, OffsetDateTime from, OffsetDateTime to) {

        static Period of(ReportPeriod period) {
            return new Period(period.kind(), period.label(), period.title(), period.from().toOffsetDateTime(),
                    period.to().toOffsetDateTime());
        }
    }

    record Row(String department, String departmentName, String category, String categoryName,
            @JsonUnwrapped Figures figures) {
    }

    record DepartmentTotal(String department, String departmentName, @JsonUnwrapped Figures figures) {
    }

    record CategoryTotal(String category, String categoryName, @JsonUnwrapped Figures figures) {
    }
}
