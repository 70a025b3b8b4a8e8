package com.callcentre.workflow.complaint;

import com.callcentre.workflow.complaint.TicketHistoryView.Entry;
import com.callcentre.workflow.complaint.TicketHistoryView.Kind;
import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.Departments;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A ticket's whole history (CP-8), found by its process instance, merged in time order: the
 * trail (steps, reminders, escalations, pauses and resumes), the engine's history of the
 * decisions {@code complaint-sla} and {@code complaint-routing} for this instance, and the
 * e-mail outbox of the ticket. Nothing of it holds the customer's name or phone (CP-9): the
 * ticket's customer columns are not read, and neither trail nor outbox nor decisions carry them.
 */
@Service
class TicketHistory {

    private final JdbcClient jdbc;
    private final TicketTrail trail;
    private final HistoryService history;
    private final CurrentUser currentUser;
    private final DecisionSummaries decisions;
    private final TicketMail mails;
    private final Departments departments;
    private final IntakeLabels labels;
    private final ZoneId zone;

    TicketHistory(JdbcClient jdbc, TicketTrail trail, HistoryService history, CurrentUser currentUser,
            DecisionSummaries decisions, TicketMail mails, Departments departments, BusinessClock settings,
            IntakeLabels labels) {
        this.labels = labels;
        this.jdbc = jdbc;
        this.trail = trail;
        this.history = history;
        this.currentUser = currentUser;
        this.decisions = decisions;
        this.mails = mails;
        this.departments = departments;
        this.zone = settings.zone();
    }

    /** Empty when no ticket belongs to this process instance. */
    Optional<TicketHistoryView> ofInstance(String processInstanceId) {
        return jdbc.sql("""
                select ticket_no, process_instance_id, status, category, vip_level, major, owner, created_at, closed_at
                from ticket where process_instance_id = ?""")
                .param(processInstanceId)
                .query((rs, i) -> new TicketHistoryView(rs.getString("ticket_no"), rs.getString("process_instance_id"),
                        rs.getString("status"), rs.getString("category"), labels.nameOf("category", rs.getString("category")),
                        rs.getString("vip_level"), labels.nameOf("vipLevel", rs.getString("vip_level")),
                        rs.getBoolean("major"), rs.getString("owner"),
                        inZone(rs.getObject("created_at", OffsetDateTime.class)),
                        inZone(rs.getObject("closed_at", OffsetDateTime.class)), zone.getId(), List.of()))
                .optional()
                .map(ticket -> withEntries(ticket, entries(ticket.ticketNo(), processInstanceId)));
    }

    private static TicketHistoryView withEntries(TicketHistoryView t, List<Entry> entries) {
        return new TicketHistoryView(t.ticketNo(), t.processInstanceId(), t.status(), t.category(), t.categoryName(),
                t.vipLevel(), t.vipLevelName(), t.major(), t.owner(), t.createdAt(), t.closedAt(), t.zone(), entries);
    }

    /**
     * In time order; the sort is stable, so entries of the same instant (one transaction) keep
     * trail, decisions, e-mail in that order: registering comes before the limits it decided.
     */
    private List<Entry> entries(String ticketNo, String processInstanceId) {
        List<Entry> entries = new ArrayList<>();
        trail.of(ticketNo).forEach(e -> entries.add(new Entry(inZone(e.occurredAt()), kindOf(e.step()), e.step(),
                e.stepName(), e.actor(), e.outcome(), readable(e), null)));
        entries.addAll(decisionsOf(processInstanceId));
        mailsOf(ticketNo).forEach(entries::add);
        entries.sort(Comparator.comparing(e -> e.at().toInstant()));
        return entries;
    }

    /** The dispatch step keeps the form's JSON list of department codes: staff read their names. */
    private String readable(TicketTrail.Entry entry) {
        String detail = entry.detail();
        if (!"dispatch".equals(entry.step()) || detail == null || !detail.startsWith("[")) {
            return detail;
        }
        return "派往 " + DispatchPlan.codes(detail).stream().map(departments::nameOf)
                .collect(java.util.stream.Collectors.joining("、"));
    }

    /** Reminders, escalations, pauses and resumes are trail steps of their own (orderClock, escalateOrder). */
    static Kind kindOf(String step) {
        if (step.equals("reminder") || step.equals("answerReminder")) {
            return Kind.REMINDER;
        }
        if (step.startsWith("escalateLevel") || step.startsWith("superviseLevel") || step.startsWith("escalateAnswer")
                || step.startsWith("superviseAnswer") || step.equals("supervisorOnDuty")) {
            return Kind.ESCALATION;
        }
        if (step.equals("pauseClock") || step.equals("pauseAnswerClock")) {
            return Kind.PAUSE;
        }
        if (step.equals("resumeClock") || step.equals("resumeAnswerClock")) {
            return Kind.RESUME;
        }
        return Kind.STEP;
    }

    /**
     * Read without the caller's authorizations: decisions are granted per decision table, and a
     * reader of the ticket ({@link ComplaintService#mayRead}, checked by the controller) reads the
     * decisions taken for it.
     */
    private List<Entry> decisionsOf(String processInstanceId) {
        return currentUser.withoutAuthorization(() -> history.createHistoricDecisionInstanceQuery()
                .processInstanceId(processInstanceId).includeOutputs().orderByEvaluationTime().asc().list().stream()
                .map(this::decision).toList());
    }

    private Entry decision(HistoricDecisionInstance d) {
        String name = d.getDecisionDefinitionName() != null ? d.getDecisionDefinitionName() : d.getDecisionDefinitionKey();
        return new Entry(inZone(d.getEvaluationTime().toInstant().atOffset(ZoneOffset.UTC)), Kind.DECISION,
                d.getDecisionDefinitionKey(), name, TicketTrail.SYSTEM, null, decisions.summarise(d), null);
    }

    /** An e-mail's time is when it went out; one not (yet) sent shows its last attempt. */
    private List<Entry> mailsOf(String ticketNo) {
        return mails.of(ticketNo).stream()
                .map(m -> {
                    OffsetDateTime sentAt = inZone(m.sentAt());
                    OffsetDateTime at = sentAt != null ? sentAt : inZone(m.updatedAt());
                    String event = m.event();
                    String status = m.status();
                    String order = order(m.orderKey());
                    TicketHistoryView.Mail mail = new TicketHistoryView.Mail(event, m.recipient(), order,
                            status, m.subject(), sentAt);
                    String detail = "收件人 " + mail.recipient() + "（" + statusName(status) + "）"
                            + (order == null ? "" : "；" + order) + "；主题：" + mail.subject();
                    return new Entry(at, Kind.MAIL, event, eventName(event), TicketTrail.SYSTEM, status, detail, mail);
                })
                .toList();
    }

    /** billing#2 → 计费部 第2轮; "-" (about the ticket itself) → none. */
    private String order(String orderKey) {
        int hash = orderKey == null ? -1 : orderKey.lastIndexOf('#');
        if (hash < 0) {
            return null;
        }
        return departments.nameOf(orderKey.substring(0, hash)) + " 第" + orderKey.substring(hash + 1) + "轮";
    }

    /** The outbox's events (notification.Notice#eventKey) as staff say them. */
    static String eventName(String event) {
        if (event.startsWith("ESCALATION-")) {
            return "第" + event.substring("ESCALATION-".length()) + "级督办通知";
        }
        return switch (event) {
            case "DISPATCH" -> "派单通知";
            case "REMINDER-ACKNOWLEDGE" -> "提醒：认领时限将到";
            case "REMINDER-RESOLVE" -> "提醒：回单时限将到";
            case "BREACH-ACKNOWLEDGE" -> "超时通知：超过认领时限";
            case "BREACH-RESOLVE" -> "超时通知：超过回单时限";
            case "SKIP-NOTICE" -> "越级上报告知";
            default -> "邮件 " + event;
        };
    }

    private static String statusName(String status) {
        return switch (status) {
            case "SENT" -> "已发送";
            case "SENDING" -> "发送中";
            case "FAILED" -> "发送失败，等待重试";
            default -> status;
        };
    }

    private OffsetDateTime inZone(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
