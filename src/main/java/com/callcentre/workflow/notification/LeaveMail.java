package com.callcentre.workflow.notification;

import com.callcentre.workflow.leave.CertificateMissing;
import com.callcentre.workflow.notification.MailComposer.Mail;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mail of the leave feature, queued in the outbox inside the model's step that reports it, like
 * every notice: once per (request, event, recipient), the request id in the ticket-number column
 * and {@code -} for the order. {@link CertificateMissing}: a sick leave's certificate not handed
 * in by its due date (CERTIFICATE_MISSING) to the employee's duty leader (LV-5).
 */
@Component
class LeaveMail {

    private static final Logger LOG = LoggerFactory.getLogger(LeaveMail.class);

    private final RecipientRules recipients;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final MailDelivery delivery;

    LeaveMail(RecipientRules recipients, MailTemplates templates, MailOutbox outbox, MailDelivery delivery) {
        this.recipients = recipients;
        this.templates = templates;
        this.outbox = outbox;
        this.delivery = delivery;
    }

    @EventListener
    void on(CertificateMissing missing) {
        NotificationEvent event = NotificationEvent.CERTIFICATE_MISSING;
        Map<String, String> values = new HashMap<>();
        values.put("requestId", missing.requestId());
        values.put("employeeName", missing.employeeName());
        values.put("periodText", missing.periodText());
        values.put("dueText", missing.dueText());
        for (Recipient recipient : recipients.ofLeave(event, missing.requestId(), missing.dutyLeader())) {
            values.put("recipientName", recipient.name());
            MailTemplates.Rendered rendered = templates.render(event, values);
            Mail mail = new Mail(recipient.address(), rendered.subject(), rendered.text(), rendered.html());
            MailOutbox.Key key = new MailOutbox.Key(missing.requestId(), "-", event.name(),
                    recipient.address().toLowerCase(Locale.ROOT));
            outbox.enqueue(key, mail).ifPresentOrElse(id -> delivery.start(key, id, mail.subject()),
                    () -> LOG.info("Mail {} queued already", key));
        }
    }
}
