package com.callcentre.workflow.notification;

import com.callcentre.workflow.emergency.EmergencyNotice;
import java.util.HashMap;
import java.util.Map;
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

    private final RecipientRules recipients;
    private final MailComposer composer;
    private final NoticeMailer mailer;

    EmergencyMail(RecipientRules recipients, MailComposer composer, NoticeMailer mailer) {
        this.recipients = recipients;
        this.composer = composer;
        this.mailer = mailer;
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
        mailer.queue(event, notice.emergencyNo(), recipients.ofReport(event, notice.emergencyNo()), values);
    }
}
