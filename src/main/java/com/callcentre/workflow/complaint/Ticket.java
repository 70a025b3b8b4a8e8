package com.callcentre.workflow.complaint;

import java.time.OffsetDateTime;

/** A row of the ticket table: the intake, its owner (CP-2) and where it stands. */
record Ticket(
        String ticketNo,
        String processInstanceId,
        ComplaintIntake intake,
        String owner,
        TicketStatus.Status status,
        OffsetDateTime createdAt,
        OffsetDateTime closedAt) {
}
