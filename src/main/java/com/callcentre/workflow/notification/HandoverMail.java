package com.callcentre.workflow.notification;

import com.callcentre.workflow.handover.HandoverNotice;
import com.callcentre.workflow.notification.MailComposer.Mail;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mail of a shift handover not confirmed in time (HO-4), queued in the outbox inside the model's
 * step, once per (handover, event, recipient), the handover's number in the ticket-number column:
 * HANDOVER_REMINDER to the duty leaders, HANDOVER_OVERDUE to the cs-director.
 */
@Component
class HandoverMail {

    private static final Logger LOG = LoggerFactory.getLogger(HandoverMail.class);

    private final RecipientRules recipients;
    private final MailTemplates templates;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final MailDelivery delivery;

    HandoverMail(RecipientRules recipients, MailTemplates templates, MailComposer composer, MailOutbox outbox,
            MailDelivery delivery) {
        this.recipients = recipients;
        this.templates = templates;
        this.composer = composer;
        this.outbox = outbox;
        this.delivery = delivery;
    }

    @EventListener
    void on(HandoverNotice notice) {
        NotificationEvent event = switch (notice.what()) {
            case REMINDER -> NotificationEvent.HANDOVER_REMINDER;
            case OVERDUE -> NotificationEvent.HANDOVER_OVERDUE;
        };
        Map<String, String> values = new HashMap<>();
        values.put("handoverNo", notice.handoverNo());
        values.put("shiftText", notice.shiftText());
        values.put("outgoingText", notice.outgoingText());
        values.put("incomingText", notice.incomingText());
        values.put("statusText", notice.statusText());
        values.put("afterText", notice.afterText());
        values.put("taskLink", composer.taskLink(notice.taskId()));
        for (Recipient recipient : recipients.ofReport(event, notice.handoverNo())) {
            values.put("recipientName", recipient.name());
            MailTemplates.Rendered rendered = templates.render(event, values);
            Mail mail = new Mail(recipient.address(), rendered.subject(), rendered.text(), rendered.html());
            MailOutbox.Key key = new MailOutbox.Key(notice.handoverNo(), "-", event.name(),
                    recipient.address().toLowerCase(Locale.ROOT));
            outbox.enqueue(key, mail).ifPresentOrElse(id -> delivery.start(key, id, mail.subject()),
                    () -> LOG.info("Mail {} queued already", key));
        }
    }
}
