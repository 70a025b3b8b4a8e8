package com.callcentre.workflow.complaint;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code GET /api/complaints/by-instance/{processInstanceId}/history}: a ticket's whole history
 * in time order (CP-8), as the Cockpit tab 工单轨迹 shows it: every step of the trail (with
 * reminders, escalations, pauses and resumes), the decisions the engine took for it, and every
 * e-mail sent about it. No customer name or phone (CP-9). Times are in the business zone.
 * Codes come with their names (the intake form's options), so Cockpit keeps no list of its own.
 */
record TicketHistoryView(
        String ticketNo,
        String processInstanceId,
        String status,
        String category,
        String categoryName,
        String vipLevel,
        String vipLevelName,
        boolean major,
        String owner,
        OffsetDateTime createdAt,
        OffsetDateTime closedAt,
        String zone,
        List<Entry> entries) {

    enum Kind {
        STEP("步骤"),
        DECISION("决策"),
        REMINDER("提醒"),
        ESCALATION("升级督办"),
        PAUSE("暂停计时"),
        RESUME("恢复计时"),
        MAIL("邮件");

        final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }
    }

    /**
     * @param step    the trail's step ({@code dispatch}, {@code escalateLevel1} …), the decision's key or the e-mail's event
     * @param title   the step's name, the decision's name or what the e-mail was about
     * @param actor   a user id, or {@code system}
     * @param outcome the step's outcome code, or the e-mail's status; none for a decision
     * @param detail  in Chinese: the step's explanation, the decision's result, the e-mail's recipient and subject
     * @param mail    the outbox row, for {@link Kind#MAIL} only
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(OffsetDateTime at, Kind kind, String kindName, String step, String title, String actor,
            String outcome, String detail, Mail mail) {

        /** The outcome as staff say it ({@link TrailOutcomes}), beside its code in the answer. */
        @com.fasterxml.jackson.annotation.JsonProperty("outcomeName")
        public String outcomeName() {
            return TrailOutcomes.nameOf(step, outcome);
        }

        Entry(OffsetDateTime at, Kind kind, String step, String title, String actor, String outcome, String detail,
                Mail mail) {
            this(at, kind, kind.chinese, step, title, actor, outcome, detail, mail);
        }
    }

    /**
     * @param event  DISPATCH, REMINDER-RESOLVE, BREACH-ACKNOWLEDGE, ESCALATION-2, SKIP-NOTICE …
     * @param order  the order it was about (计费部 第1轮), none when about the ticket
     * @param status SENT, SENDING or FAILED (waiting for a retry)
     * @param sentAt when the SMTP server took it; none if not (yet)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Mail(String event, String recipient, String order, String status, String subject, OffsetDateTime sentAt) {
    }
}
