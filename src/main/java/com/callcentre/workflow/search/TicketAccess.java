package com.callcentre.workflow.search;

import com.callcentre.workflow.complaint.TicketReaders;
import org.springframework.stereotype.Component;

/**
 * The search package's answer to "may the signed-in user read this ticket?" for other features
 * (the ticket's notes and attachments): the same scope as {@code GET /api/tickets}
 * ({@link TicketFinder}): supervisors every ticket, an agent their own, a liaison those their
 * department has had an order for.
 */
@Component
public class TicketAccess implements TicketReaders {

    private final TicketFinder finder;

    TicketAccess(TicketFinder finder) {
        this.finder = finder;
    }

    /** Whether the ticket is in the reader's scope; false without a signed-in user or for an unknown ticket. */
    public boolean mayRead(String ticketNo) {
        return finder.mayReadTicket(ticketNo);
    }

    /**
     * The ticket's whole view: the same scope, and for an agent also the tickets of a number they
     * searched for within {@code complaint.caller-view-window} (the call in hand, CP-3), as the
     * search by number and the caller's history at intake record it (CP-9).
     */
    @Override
    public boolean mayView(String ticketNo) {
        return finder.mayReadTicket(ticketNo) || finder.isCallersTicket(ticketNo);
    }
}
