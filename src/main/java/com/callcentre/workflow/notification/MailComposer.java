package com.callcentre.workflow.notification;

import com.callcentre.workflow.complaint.IntakeLabels;
import com.callcentre.workflow.escalation.EscalationPolicy;
import com.callcentre.workflow.system.BusinessClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Puts one notice into one recipient's message. CP-9: a message is about one order only (its
 * own department's, for a department), the customer's phone is masked whatever the variable
 * holds, and the customer's name is not among the values at all. Names are data: the category's
 * is the intake form's option ({@link IntakeLabels}), the department's its configured name
 * ({@code centre.departments}).
 */
@Component
class MailComposer {

    static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    record Mail(String to, String subject, String text, String html) {
    }

    private final MailTemplates templates;
    private final NotificationSettings settings;
    private final EscalationPolicy levels;
    private final StaffDirectory directory;
    private final BusinessClock complaint;
    private final IntakeLabels labels;

    MailComposer(MailTemplates templates, NotificationSettings settings, EscalationPolicy levels,
            StaffDirectory directory, BusinessClock complaint, IntakeLabels labels) {
        this.labels = labels;
        this.templates = templates;
        this.settings = settings;
        this.levels = levels;
        this.directory = directory;
        this.complaint = complaint;
    }

    /** @param taskId the task the link opens, {@code null} for the task list */
    Mail compose(Notice notice, Recipient recipient, String taskId) {
        Map<String, String> values = new HashMap<>();
        values.put("ticketNo", notice.ticketNo());
        values.put("categoryName", notice.category() == null ? "" : labels.nameOf("category", notice.category()));
        values.put("major", notice.major() ? "是" : "");
        values.put("departmentName", notice.department() == null ? "" : notice.department().name());
        values.put("round", notice.round() == null ? "" : notice.round().toString());
        values.put("stepName", notice.stepName() == null ? "" : notice.stepName());
        values.put("change", notice.event() == NotificationEvent.OWNER_UPDATE
                ? templates.text("change." + notice.stepName()) : "");
        values.put("instruction", notice.instruction() == null ? "" : notice.instruction());
        values.put("vipLevelName", notice.vipLevel() == null ? "" : labels.nameOf("vipLevel", notice.vipLevel()));
        values.put("clockName", templates.text("clock." + notice.clock().name()));
        values.put("deadline", deadline(notice.deadline(), complaint.zone()));
        // Someone told of a skip reads which level the major complaint went to instead.
        // A level skipped in an emergency reads the level the report went to: the one above it.
        int level = notice.event() == NotificationEvent.LEVEL_SKIPPED ? notice.level() + 1
                : recipient.role() == Recipient.Role.INFORMED ? levels.majorFirstLevel() : notice.level();
        values.put("level", level > 0 ? Integer.toString(level) : "");
        values.put("levelName", level > 0 ? directory.groupName(levels.groupOf(level)) : "");
        values.put("customerPhone", notice.customerPhone() == null ? "" : maskPhone(notice.customerPhone()));
        values.put("recipientName", recipient.name());
        values.put("taskLink", taskLink(taskId));
        values.put("ask", MailTemplates.fill(ask(notice, recipient), values, false, false));
        MailTemplates.Rendered rendered = templates.render(notice.event(), values);
        return new Mail(recipient.address(), rendered.subject(), rendered.text(), rendered.html());
    }

    private String ask(Notice notice, Recipient recipient) {
        String key = "ask." + notice.event().name() + "." + recipient.role().name();
        String ask = templates.text(key + "." + notice.clock().name());
        ask = ask != null ? ask : templates.text(key);
        if (ask == null) {
            throw new IllegalStateException("texts.properties 缺少 " + key);
        }
        return ask;
    }

    /** In the business zone whatever the server's (2026年11月22日 14:30). */
    static String deadline(Date deadline, ZoneId zone) {
        return deadline == null ? "" : DEADLINE.format(deadline.toInstant().atZone(zone));
    }

    /** Tasklist opens the task itself; without one, its task list. */
    String taskLink(String taskId) {
        String tasklist = settings.baseUrl() + "/camunda/app/tasklist/default/";
        return taskId == null ? tasklist : tasklist + "#/?task=" + URLEncoder.encode(taskId, StandardCharsets.UTF_8);
    }

    /**
     * CP-9, as complaint's masking does it (13800138000 becomes 138****8000), applied again
     * here so that a full number in a variable still never reaches a mailbox.
     */
    static String maskPhone(String phone) {
        String trimmed = phone.trim();
        if (trimmed.length() < 7) {
            return "****";
        }
        return trimmed.substring(0, 3) + "****" + trimmed.substring(trimmed.length() - 4);
    }
}
