package com.callcentre.workflow.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code reopenTicket} (重开工单, CP-7): the customer is not satisfied, the ticket goes back to
 * dispatch. The model counts reopenings against {@code complaint.max-reopenings}.
 */
@Component("reopenTicket")
class ReopenTicket implements JavaDelegate {

    private final TicketTrail trail;

    ReopenTicket(TicketTrail trail) {
        this.trail = trail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int reopenings = ((Number) execution.getVariable("reopenCount")).intValue() + 1;
        execution.setVariable("reopenCount", reopenings);
        trail.record(execution.getProcessBusinessKey(), "reopenTicket", "重开工单", TicketTrail.SYSTEM,
                "REOPENED", "第 " + reopenings + " 次重开：" + execution.getVariable("callbackNote"));
    }
}
