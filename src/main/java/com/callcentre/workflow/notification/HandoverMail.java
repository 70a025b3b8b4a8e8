package com.callcentre.workflow.notification;

import com.callcentre.workflow.handover.HandoverNotice;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mail of a shift handover not confirmed in time (HO-4), queued in the outbox inside the model's
 * step, once per (handover, event, recipient), the handover's number in the ticket-number column:
 * HANDOVER_REMINDER to the duty leaders, HANDOVER_OVERDUE to the cs-director.
 */
@Component
class HandoverMail {

    private final RecipientRules recipients;
    private final MailComposer composer;
    private final NoticeMailer mailer;

    HandoverMail(RecipientRules recipients, MailComposer composer, NoticeMailer mailer) {
        this.recipients = recipients;
        this.composer = composer;
        this.mailer = mailer;
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
        mailer.queue(event, notice.handoverNo(), recipients.ofReport(event, notice.handoverNo()), values);
    }
}
