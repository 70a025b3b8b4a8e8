package com.callcentre.workflow.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code archiveTicket} / {@code archiveAtFirstContact} (归档工单, CP-8): the ticket is closed and kept. */
@Component("archiveTicket")
class ArchiveTicket implements JavaDelegate {

    private final TicketStatus status;
    private final TicketTrail trail;

    ArchiveTicket(TicketStatus status, TicketTrail trail) {
        this.status = status;
        this.trail = trail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticketNo = execution.getProcessBusinessKey();
        status.set(ticketNo, TicketStatus.Status.ARCHIVED);
        trail.record(ticketNo, execution.getCurrentActivityId(), execution.getCurrentActivityName(),
                TicketTrail.SYSTEM, TicketStatus.Status.ARCHIVED.name(), null);
    }
}
