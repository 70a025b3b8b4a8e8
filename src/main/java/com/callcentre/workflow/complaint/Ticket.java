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
        int escalationLevel,
        int answerLevel,
        OffsetDateTime answerPausedAt,
        long answerPausedSeconds,
        OffsetDateTime answeredAt) {

    Ticket(String ticketNo, String processInstanceId, ComplaintIntake intake, String owner,
            TicketStatus.Status status, OffsetDateTime createdAt) {
        this(ticketNo, processInstanceId, intake, owner, status, createdAt, null, null, 0, 0, null, 0, null);
    }

    /**
     * SL-1: the customer's answer is late if they were answered, or the ticket closed, or it is
     * still open, after its deadline; a paused clock is judged at its pause.
     */
    boolean answerBreached() {
        return AnswerClocks.breached(answerDeadline, answerLevel, answeredAt, closedAt, answerPausedAt,
                BusinessClock.now());
    }

    /** SL-1's clock: ANSWERED, PAUSED, BREACHED or RUNNING; null for a ticket without one (settled at first contact). */
    String answerState() {
        if (answerDeadline == null) {
            return null;
        }
        if (answeredAt != null || closedAt != null) {
            return "ANSWERED";
        }
        if (answerPausedAt != null) {
            return "PAUSED";
        }
        return answerBreached() ? "BREACHED" : "RUNNING";
    }
}
