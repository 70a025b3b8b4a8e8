package com.callcentre.workflow.ticketnote;

import com.callcentre.workflow.complaint.CustomerDataErased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * CP-14: notes and files may hold the customer's personal data (a bill with their name, a recording
 * of their voice), so when a ticket's customer data is erased they are destroyed with it, in the
 * same transaction ({@link CustomerDataErased}).
 */
@Component
class ErasedTicketNotes {

    private static final Logger LOG = LoggerFactory.getLogger(ErasedTicketNotes.class);

    private final TicketNotes notes;
    private final TicketAttachments attachments;

    ErasedTicketNotes(TicketNotes notes, TicketAttachments attachments) {
        this.notes = notes;
        this.attachments = attachments;
    }

    @EventListener
    void on(CustomerDataErased erased) {
        int n = notes.deleteOf(erased.ticketNo());
        int a = attachments.deleteOf(erased.ticketNo());
        if (n + a > 0) {
            LOG.info("CP-14: {} notes and {} attachments of ticket {} destroyed", n, a, erased.ticketNo());
        }
    }
}
