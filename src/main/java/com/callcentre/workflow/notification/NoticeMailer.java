package com.callcentre.workflow.notification;

import com.callcentre.workflow.notification.MailComposer.Mail;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Queues a notice's mail in the outbox and starts its delivery, inside the step that reports it,
 * once per (key, order key, event, address): a second queueing of the same mail (a retried step,
 * a second node) is a no-op. The notices of the shift floor (duty reports, emergencies, handovers,
 * leave, attendance) share it; each names its key (the report's, emergency's, handover's number).
 */
@Component
class NoticeMailer {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeMailer.class);
    private static final String NO_ORDER = "-";

    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final MailDelivery delivery;

    NoticeMailer(MailTemplates templates, MailOutbox outbox, MailDelivery delivery) {
        this.templates = templates;
        this.outbox = outbox;
        this.delivery = delivery;
    }

    /** The event's mail to each recipient, addressed by name ({@code recipientName}). */
    void queue(NotificationEvent event, String key, List<Recipient> recipients, Map<String, String> values) {
        for (Recipient recipient : recipients) {
            Map<String, String> own = new HashMap<>(values);
            own.put("recipientName", recipient.name());
            queue(event, key, NO_ORDER, recipient.address(), own);
        }
    }

    /** The event's mail to one address; {@code orderKey} tells apart mails of one key to one address. */
    void queue(NotificationEvent event, String key, String orderKey, String address, Map<String, String> values) {
        MailTemplates.Rendered rendered = templates.render(event, values);
        String to = address.trim();
        Mail mail = new Mail(to, rendered.subject(), rendered.text(), rendered.html());
        MailOutbox.Key outboxKey = new MailOutbox.Key(key, orderKey, event.name(), to.toLowerCase(Locale.ROOT));
        outbox.enqueue(outboxKey, mail).ifPresentOrElse(id -> delivery.start(outboxKey, id, mail.subject()),
                () -> LOG.info("Mail {} queued already", outboxKey));
    }
}
