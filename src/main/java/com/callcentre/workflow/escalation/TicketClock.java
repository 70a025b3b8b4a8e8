package com.callcentre.workflow.escalation;

import com.callcentre.workflow.complaint.OrderClocks;
import com.callcentre.workflow.complaint.TicketTrail;
import com.callcentre.workflow.system.BusinessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * SL-1: the customer's answer is due within the limit of {@code complaint-sla} (48 hours by
 * default) from intake, on the hotline's wall clock (SL-5). Also starts the searchable
 * variables {@code breached} and {@code escalationLevel} (SL-6: Cockpit finds breached tickets).
 */
@Component("ticketClock")
public class TicketClock {

    private final OrderClocks clocks;

    TicketClock(OrderClocks clocks) {
        this.clocks = clocks;
    }

    /** End of {@code determineTimeLimits}: the table's limits are in {@code timeLimits}. */
    public void start(DelegateExecution execution) {
        Map<String, Object> limits = TimeLimits.of(execution);
        Instant deadline = BusinessClock.now().plus(Duration.parse((String) limits.get("customerAnswerLimit")));
        clocks.answerDeadline(execution.getProcessBusinessKey(), deadline);
        execution.setVariable("customerAnswerDeadline", Date.from(deadline));
        execution.setVariable("breached", false);
        execution.setVariable("escalationLevel", 0);
    }
}
