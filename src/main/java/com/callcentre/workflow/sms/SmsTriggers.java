package com.callcentre.workflow.sms;

import com.callcentre.workflow.complaint.TextableCustomer;
import com.callcentre.workflow.complaint.TicketStatusChanged;
import com.callcentre.workflow.sms.SmsTexts.Kind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the customer is texted (seed 004), decided on a ticket's change of status, in the
 * transaction of that change (the engine's, or the API's): if it rolls back, so does the message.
 * <ul>
 * <li>registered: the first move out of REGISTERED to an open status (dispatch, or the duty
 *     leader on a referral), when SL-1's deadline is set: the ticket number, the deadline, the
 *     owner's staff number;</li>
 * <li>answered: the receipts accepted (AWAITING_REVIEW to AWAITING_CALLBACK), so the customer hears
 *     of an answer that holds, not of a receipt the reviewer may still send back;</li>
 * <li>closed: archived, or closed as unreachable.</li>
 * </ul>
 * Only a customer with a mobile number is texted: a fixed line gets nothing. A contact settled at
 * first contact (REGISTERED straight to ARCHIVED) gets nothing either: it was answered on the call.
 */
@Component
class SmsTriggers {

    private final TextableCustomer customers;
    private final SmsTexts texts;
    private final SmsOutbox outbox;

    SmsTriggers(TextableCustomer customers, SmsTexts texts, SmsOutbox outbox) {
        this.customers = customers;
        this.texts = texts;
        this.outbox = outbox;
    }

    @EventListener
    void on(TicketStatusChanged changed) {
        Kind kind = kindOf(changed.previous(), changed.status());
        if (kind == null) {
            return;
        }
        customers.facts(changed.ticketNo()).flatMap(facts -> texts.render(kind, facts.ticketNo(), facts.owner(),
                facts.answerDeadline())).ifPresent(text -> outbox.enqueue(changed.ticketNo(), kind, text));
    }

    static Kind kindOf(String previous, String status) {
        if ("REGISTERED".equals(previous)) {
            return "ARCHIVED".equals(status) || "CLOSED_UNREACHABLE".equals(status) ? null : Kind.REGISTERED;
        }
        if ("AWAITING_REVIEW".equals(previous) && "AWAITING_CALLBACK".equals(status)) {
            return Kind.ANSWERED;
        }
        if ("ARCHIVED".equals(status)) {
            return Kind.CLOSED;
        }
        return "CLOSED_UNREACHABLE".equals(status) ? Kind.CLOSED_UNREACHABLE : null;
    }
}
