package com.callcentre.workflow.complaint;

/**
 * Whether the signed-in user may read one ticket's whole view ({@code GET /api/complaints/{ticketNo}}),
 * beyond the complaint model's read grant every member of staff holds (CP-9). The search package
 * answers it with each role's scope, so that this package does not depend on it.
 */
public interface TicketReaders {

    /** The ticket exists; may the signed-in user read it? */
    boolean mayView(String ticketNo);
}
