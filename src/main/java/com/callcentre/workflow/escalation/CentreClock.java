package com.callcentre.workflow.escalation;

import com.callcentre.workflow.system.BusinessClock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The centre's own steps have limits too, not only the departments' orders (SL-1, SL-2): the
 * dispatch, the review of a receipt, the callback, asking the customer for more, the duty
 * leader's takeover. Each limit is a column of {@code complaint-sla} (per VIP level, shorter for
 * a major complaint), counted from the moment the task opens on the hotline's wall clock (SL-5).
 * The task shows it as its due date, which is what Tasklist's 今日到期 and 超时 filters select, and
 * its {@code timeout} listener ({@link CentreStepBreach}) fires then.
 */
@Component("centreClock")
public class CentreClock {

    private final DecisionService decisions;

    CentreClock(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The due date of a centre step opening now: its task's due date and its timeout. */
    public Date due(DelegateExecution execution, String step) {
        CentreStep centreStep = CentreStep.ofStep(step)
                .orElseThrow(() -> new IllegalArgumentException("No centre step " + step + " in complaint-sla"));
        return Date.from(BusinessClock.now().plus(Duration.parse(limit(execution, centreStep.limitColumn()))));
    }

    /**
     * As the ticket's table decided at intake; a ticket migrated from a version whose table had no
     * such column asks the newest table, with the ticket's VIP level and major flag.
     */
    private String limit(DelegateExecution execution, String column) {
        Object decided = TimeLimits.of(execution).get(column);
        if (decided != null) {
            return (String) decided;
        }
        Object newest = decisions.evaluateDecisionByKey("complaint-sla")
                .variables(Map.of("vipLevel", execution.getVariable("vipLevel"),
                        "major", Boolean.TRUE.equals(execution.getVariable("major"))))
                .evaluate().getSingleResult().getEntry(column);
        if (newest == null) {
            throw new IllegalStateException("complaint-sla has no column " + column);
        }
        return (String) newest;
    }
}
