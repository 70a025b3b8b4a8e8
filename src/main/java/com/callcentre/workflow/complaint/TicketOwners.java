package com.callcentre.workflow.complaint;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A ticket's first-contact owner as the ticket table keeps it (CP-2). Whoever must reach the
 * owner (the callback, the request for information, the owner's copy of a mail) asks here, not
 * the process variable {@code owner}, which a worker completing any task of the ticket could
 * overwrite.
 */
@Component
public class TicketOwners {

    private final TicketRepository tickets;

    TicketOwners(TicketRepository tickets) {
        this.tickets = tickets;
    }

    public Optional<String> of(String ticketNo) {
        return ticketNo == null ? Optional.empty() : tickets.find(ticketNo).map(Ticket::owner);
    }
}
