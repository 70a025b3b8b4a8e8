package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.BusinessClock;
import java.time.OffsetDateTime;

/** A row of the ticket table: the intake, its owner (CP-2), where it stands and its SL-1 clock. */
record Ticket(
        String ticketNo,
        String processInstanceId,
        ComplaintIntake intake,
        String owner,
        TicketStatus.Status status,
        OffsetDateTime createdAt,
        OffsetDateTime closedAt,
        OffsetDateTime answerDeadline,
        int escalationLevel) {

    Ticket(String ticketNo, String processInstanceId, ComplaintIntake intake, String owner,
            TicketStatus.Status status, OffsetDateTime createdAt) {
        this(ticketNo, processInstanceId, intake, owner, status, createdAt, null, null, 0);
    }

    /** SL-1: the customer's answer is late if the ticket closed, or is still open, after its deadline. */
    boolean answerBreached() {
        OffsetDateTime at = closedAt != null ? closedAt : BusinessClock.timestamp();
        return answerDeadline != null && at.isAfter(answerDeadline);
    }
}
