package com.callcentre.workflow.escalation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code GET /api/sla/orders}: the SLA monitor of Cockpit's dashboard (SL-6), its counts and its
 * rows, most urgent first: breached by how long overdue, then near by how little is left, then
 * paused; the centre's own steps past their limit ({@link LateCentreSteps}) and the open tickets whose
 * customer's answer is late (SL-1, {@link LateAnswers}), each most overdue first.
 *
 * @param generatedAt the engine's "now" the states were computed at
 * @param zone        the business zone the plugin shows times in ({@code centre.business-zone})
 */
record SlaBoard(OffsetDateTime generatedAt, String zone, Summary summary, List<SlaOrder> orders,
        List<SlaCentreStep> centreSteps, List<SlaLateAnswer> answers) {

    /**
     * Counts of the rows: in all, per department (every configured one) and per escalation level
     * (0 to 3); {@code centreBreached} the centre's own late steps beside them; {@code answersBreached}
     * the open tickets whose customer's answer is late (客户答复超时, SL-1).
     */
    record Summary(int near, int breached, int paused, List<DepartmentCount> byDepartment,
            List<LevelCount> byEscalationLevel, int centreBreached, int answersBreached) {
    }

    record DepartmentCount(String department, String departmentName, int near, int breached, int paused) {
    }

    /** @param levelName 未升级, or 第1级 值班长 … from the chain's groups */
    record LevelCount(int level, String levelName, int count) {
    }
}
