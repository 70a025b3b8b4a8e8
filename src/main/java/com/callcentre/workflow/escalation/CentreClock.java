package com.callcentre.workflow.escalation;

import com.callcentre.workflow.system.BusinessClock;
import java.time.Duration;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The centre's own steps have limits too, not only the departments' orders (SL-1, SL-2): the
 * dispatch, the review of a receipt, the callback, asking the customer for more, the duty
 * leader's takeover. Each limit is a column of {@code complaint-sla} (per VIP level, shorter for
 * a major complaint), counted from the moment the task opens on the hotline's wall clock (SL-5).
 * The task shows it as its due date, which is what Tasklist's 今日到期 and 超时 filters select.
 */
@Component("centreClock")
public class CentreClock {

    /** The model's names of the steps; each is the column {@code <step>Limit} of the table. */
    static final Set<String> STEPS = Set.of("dispatch", "review", "callback", "customerInfo", "takeover");

    /**
     * The due date of a centre step opening now ({@code camunda:dueDate} of its user task), or
     * none for a ticket registered before the table had the step's column.
     */
    public Date due(DelegateExecution execution, String step) {
        if (!STEPS.contains(step)) {
            throw new IllegalArgumentException("No centre step " + step + " in complaint-sla: " + STEPS);
        }
        Object limit = TimeLimits.of(execution).get(step + "Limit");
        if (limit == null) {
            return null;
        }
        return Date.from(BusinessClock.now().plus(Duration.parse((String) limit)));
    }
}
