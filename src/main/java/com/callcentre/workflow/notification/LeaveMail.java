package com.callcentre.workflow.notification;

import com.callcentre.workflow.leave.CertificateMissing;
import java.util.HashMap;
import java.util.Map;
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

    private final RecipientRules recipients;
    private final NoticeMailer mailer;

    LeaveMail(RecipientRules recipients, NoticeMailer mailer) {
        this.recipients = recipients;
        this.mailer = mailer;
    }

    @EventListener
    void on(CertificateMissing missing) {
        NotificationEvent event = NotificationEvent.CERTIFICATE_MISSING;
        Map<String, String> values = new HashMap<>();
        values.put("requestId", missing.requestId());
        values.put("employeeName", missing.employeeName());
        values.put("periodText", missing.periodText());
        values.put("dueText", missing.dueText());
        mailer.queue(event, missing.requestId(), recipients.ofLeave(event, missing.requestId(), missing.dutyLeader()),
                values);
    }
}
