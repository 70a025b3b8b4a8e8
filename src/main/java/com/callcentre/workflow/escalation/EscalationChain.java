package com.callcentre.workflow.escalation;

import com.callcentre.workflow.complaint.TicketTrail;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * SL-3, level by level: level 1 the duty leader, 2 the cs-director, 3 the centre director
 * (configuration). The model asks it who supervises a level ({@code ${escalationChain.groupFor(2)}})
 * and gives each supervision task the facts it needs.
 */
@Component("escalationChain")
public class EscalationChain {

    private final EscalationSettings settings;
    private final TicketTrail trail;
    private final ClockTexts texts;

    EscalationChain(EscalationSettings settings, TicketTrail trail, ClockTexts texts) {
        this.settings = settings;
        this.trail = trail;
        this.texts = texts;
    }

    public String groupFor(int level) {
        if (level < 1 || level > settings.chain().size()) {
            throw new IllegalArgumentException("No escalation level " + level + " in " + settings.chain());
        }
        return settings.chain().get(level - 1);
    }

    /**
     * Creation of a supervision task: how long the order is overdue and its history so far,
     * as task-local variables, so the supervisor decides from one screen.
     */
    public void brief(DelegateTask task) {
        Date deadline = (Date) task.getVariable("resolveDeadline");
        Duration overdue = Duration.between(deadline.toInstant(), TicketTrail.now().toInstant());
        // Level 1 starts at the deadline itself: say when it passed, and by how much later levels are late.
        task.setVariableLocal("overdueText", "处理时限 " + texts.dateTime(deadline) + " 已过"
                + (overdue.toMinutes() >= 1 ? "，已超时 " + texts.duration(overdue) : ""));
        String department = (String) task.getVariable("department");
        task.setVariableLocal("orderHistory", trail.of(task.getExecution().getProcessBusinessKey()).stream()
                .filter(e -> aboutThisOrder(e, department))
                .map(e -> texts.dateTime(e.occurredAt().toInstant()) + "  " + e.stepName() + "（" + e.actor() + "）"
                        + (e.detail() == null ? "" : "：" + e.detail()))
                .collect(Collectors.joining("\n")));
    }

    /** Entries about another department's order (they begin with its name) are not this supervisor's business. */
    private boolean aboutThisOrder(TicketTrail.Entry entry, String department) {
        return entry.detail() == null || texts.otherDepartmentNames(department).stream()
                .noneMatch(other -> entry.detail().startsWith(other + "："));
    }

    /** The level at which escalation starts: 1, or for a major complaint the configured one (越级). */
    int firstLevel(boolean major) {
        return major ? settings.majorFirstLevel() : 1;
    }

    /** The breach path's gateway 重大投诉？: does this order's escalation skip the duty leader? */
    public boolean skipsFirstLevel(DelegateExecution execution) {
        return firstLevel(Boolean.TRUE.equals(execution.getVariable("major"))) > 1;
    }

    /** The first level is due at the deadline, each further one an interval later. */
    Instant levelDueAt(int level, Instant resolveDeadline, boolean major) {
        int intervals = level - firstLevel(major);
        return resolveDeadline.plus(settings.interval().multipliedBy(Math.max(0, intervals)));
    }
}
