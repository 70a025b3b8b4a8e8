package com.callcentre.workflow.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code closeUnreachable} (无法联系结案, CP-7): the callback attempts are used up. */
@Component("closeUnreachable")
class CloseUnreachable implements JavaDelegate {

    private final TicketStatus status;
    private final TicketTrail trail;

    CloseUnreachable(TicketStatus status, TicketTrail trail) {
        this.status = status;
        this.trail = trail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticketNo = execution.getProcessBusinessKey();
        status.set(ticketNo, TicketStatus.Status.CLOSED_UNREACHABLE);
        trail.record(ticketNo, execution.getCurrentActivityId(), execution.getCurrentActivityName(),
                TicketTrail.SYSTEM, TicketStatus.Status.CLOSED_UNREACHABLE.name(),
                "回访 " + execution.getVariable("callbackAttempts") + " 次均无法联系");
    }
}
