package com.callcentre.workflow.notification;

import com.callcentre.workflow.emergency.EmergencyNotice;
import com.callcentre.workflow.notification.MailComposer.Mail;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mail of emergencies (EM-1) to the cs-director, queued in the outbox inside the model's step,
 * once per (emergency, event, recipient), the emergency's number in the ticket-number column:
 * EMERGENCY at once, EMERGENCY_UNANSWERED when the duty leader has not handled it in time,
 * EMERGENCY_LEVEL_SKIPPED when the duty leader reported straight to the centre director (SL-3: the
 * skipped level told afterwards). What the reporter and the duty leader wrote is shown as typed.
 */
@Component
class EmergencyMail {

    private static final Logger LOG = LoggerFactory.getLogger(EmergencyMail.class);

    private final RecipientRules recipients;
    private final MailTemplates templates;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final MailDelivery delivery;

    EmergencyMail(RecipientRules recipients, MailTemplates templates, MailComposer composer, MailOutbox outbox,
            MailDelivery delivery) {
        this.recipients = recipients;
        this.templates = templates;
        this.composer = composer;
        this.outbox = outbox;
        this.delivery = delivery;
    }

    @EventListener
    void on(EmergencyNotice notice) {
        NotificationEvent event = switch (notice.what()) {
            case REGISTERED -> NotificationEvent.EMERGENCY;
            case UNANSWERED -> NotificationEvent.EMERGENCY_UNANSWERED;
            case LEVEL_SKIPPED -> NotificationEvent.EMERGENCY_LEVEL_SKIPPED;
        };
        Map<String, String> values = new HashMap<>();
        values.put("emergencyNo", notice.emergencyNo());
        values.put("kindName", notice.kindName());
        values.put("location", notice.location());
        values.put("situation", notice.situation());
        values.put("reportedText", notice.reportedText());
        values.put("leaderText", notice.leaderText());
        values.put("actionsTaken", notice.actionsTaken());
        values.put("answerWithinText", notice.answerWithinText());
        values.put("taskLink", composer.taskLink(notice.taskId()));
        for (Recipient recipient : recipients.ofReport(event, notice.emergencyNo())) {
            values.put("recipientName", recipient.name());
            MailTemplates.Rendered rendered = templates.render(event, values);
            Mail mail = new Mail(recipient.address(), rendered.subject(), rendered.text(), rendered.html());
            MailOutbox.Key key = new MailOutbox.Key(notice.emergencyNo(), "-", event.name(),
                    recipient.address().toLowerCase(Locale.ROOT));
            outbox.enqueue(key, mail).ifPresentOrElse(id -> delivery.start(key, id, mail.subject()),
                    () -> LOG.info("Mail {} queued already", key));
        }
    }
}
