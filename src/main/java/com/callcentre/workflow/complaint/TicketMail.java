package com.callcentre.workflow.complaint;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The e-mail about a ticket, for its history: kept by the notification module (its outbox),
 * which implements this, so that the complaint module neither reads the outbox's table nor
 * depends on the module that depends on it.
 */
public interface TicketMail {

    /** One message: the notice's event, to whom, about which order (billing#2, or "-"), how far it got. */
    record Message(String event, String recipient, String orderKey, String status, String subject,
            OffsetDateTime sentAt, OffsetDateTime updatedAt) {
    }

    /** The ticket's messages, oldest first (by when they went out, or their last attempt). */
    List<Message> of(String ticketNo);
}
