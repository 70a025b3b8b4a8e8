package com.callcentre.workflow.notification;

import com.callcentre.workflow.dutyreport.AnalysisReminderDue;
import com.callcentre.workflow.dutyreport.DutyReportFiled;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mail of the duty reports (RP-1, CP-8), queued in the outbox inside the model's step that
 * reports it, like every notice: once per (report, event, recipient), the report's business key in
 * the ticket-number column and {@code -} for the order. The duty leader's text is shown as typed:
 * as it is in the plain-text part, HTML-escaped (and its line breaks kept) in the HTML part.
 * <ul>
 * <li>{@link DutyReportFiled}: the daily report (DUTY_REPORT) or the monthly analysis
 * (QUALITY_ANALYSIS) to the cs-director;</li>
 * <li>{@link AnalysisReminderDue}: the reminder (ANALYSIS_REMINDER) to the duty leaders, with a
 * link to the open task.</li>
 * </ul>
 */
@Component
class DutyReportMail {

    private final RecipientRules recipients;
    private final MailComposer composer;
    private final NoticeMailer mailer;

    DutyReportMail(RecipientRules recipients, MailComposer composer, NoticeMailer mailer) {
        this.recipients = recipients;
        this.composer = composer;
        this.mailer = mailer;
    }

    @EventListener
    void on(DutyReportFiled filed) {
        Map<String, String> values = new HashMap<>();
        values.put("reportKey", filed.reportKey());
        values.put("periodText", filed.periodText());
        values.put("authorName", filed.authorName());
        values.put("summary", filed.summary());
        values.put("issues", orNone(filed.issues()));
        values.put("notes", orNone(filed.notes()));
        values.put("figures", filed.figures().stream().map(f -> f.label() + "：" + f.value())
                .collect(Collectors.joining("\n")));
        values.put("dueText", filed.dueText());
        values.put("late", filed.late() ? "是，已超过截止时间" : "");
        queue(filed.monthly() ? NotificationEvent.QUALITY_ANALYSIS : NotificationEvent.DUTY_REPORT,
                filed.reportKey(), values, null);
    }

    @EventListener
    void on(AnalysisReminderDue due) {
        Map<String, String> values = new HashMap<>();
        values.put("reportKey", due.reportKey());
        values.put("monthText", due.monthText());
        values.put("dueText", due.dueText());
        queue(NotificationEvent.ANALYSIS_REMINDER, due.reportKey(), values, due.taskId());
    }

    /** An optional field left empty reads as such, under its heading. */
    private static String orNone(String text) {
        return text == null || text.isBlank() ? "（未填写）" : text;
    }

    private void queue(NotificationEvent event, String reportKey, Map<String, String> values, String taskId) {
        values.put("taskLink", composer.taskLink(taskId));
        mailer.queue(event, reportKey, recipients.ofReport(event, reportKey), values);
    }
}
