package com.callcentre.workflow.escalation;

import com.callcentre.workflow.complaint.TicketTrail;
import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.JobType;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.ShownText;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
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

    private final EscalationPolicy settings;
    private final TicketTrail trail;
    private final ClockTexts texts;
    private final Roster roster;

    EscalationChain(EscalationPolicy settings, TicketTrail trail, ClockTexts texts, Roster roster) {
        this.settings = settings;
        this.trail = trail;
        this.texts = texts;
        this.roster = roster;
    }

    public String groupFor(int level) {
        return settings.groupOf(level);
    }

    /**
     * Creation of a supervision task: how long the order is overdue and its history so far,
     * as task-local variables, so the supervisor decides from one screen.
     */
    public void brief(DelegateTask task) {
        if (((Number) task.getVariable("escalationLevel")).intValue() == 1) {
            toTheLeaderOnDuty(task);
        }
        Date deadline = (Date) task.getVariable("resolveDeadline");
        Duration overdue = Duration.between(deadline.toInstant(), BusinessClock.now());
        // Level 1 starts at the deadline itself: say when it passed, and by how much later levels are late.
        task.setVariableLocal("overdueText", "处理时限 " + texts.dateTime(deadline) + " 已过"
                + (overdue.toMinutes() >= 1 ? "，已超时 " + texts.duration(overdue) : ""));
        String department = (String) task.getVariable("department");
        task.setVariableLocal("orderHistory", ShownText.literal(trail.of(task.getExecution().getProcessBusinessKey())
                .stream().filter(e -> aboutThisOrder(e, department))
                .map(e -> texts.dateTime(e.occurredAt().toInstant()) + "  " + e.stepName() + "（" + e.actor() + "）"
                        + (e.detail() == null ? "" : "：" + e.detail()))
                .collect(Collectors.joining("\n"))));
    }

    /**
     * Level 1 goes to the duty leader on duty at this moment (the roster; one on approved leave
     * is not on duty), or, when none is, to the next level: the model asks {@link #leaderOnDuty}
     * and {@link #levelOneGroup}; this puts the choice on the trail.
     */
    private void toTheLeaderOnDuty(DelegateTask task) {
        String ticketNo = task.getExecution().getProcessBusinessKey();
        String department = texts.departmentName((String) task.getVariable("department"));
        if (task.getAssignee() != null) {
            trail.record(ticketNo, "supervisorOnDuty", "当班值班长督办", TicketTrail.SYSTEM, task.getAssignee(),
                    department + "：交当班值班长 " + task.getAssignee());
        } else {
            trail.record(ticketNo, "supervisorOnDuty", "当班值班长督办", TicketTrail.SYSTEM, "NO_LEADER_ON_DUTY",
                    department + "：无当班值班长，转 "
                            + com.callcentre.workflow.identity.StaffGroups.nameOf(groupFor(2)));
        }
    }

    /** {@code superviseLevel1}'s assignee: the duty leader on duty now, or none. */
    public String leaderOnDuty() {
        return onDuty().map(Employee::userId).orElse(null);
    }

    /** {@code superviseLevel1}'s candidates: the duty leaders, or the next level when none is on duty. */
    public String levelOneGroup() {
        return onDuty().isPresent() ? groupFor(1) : groupFor(2);
    }

    private Optional<Employee> onDuty() {
        return roster.onDutyAt(BusinessClock.now(), JobType.DUTY_LEADER).stream().findFirst();
    }

    /** Entries about another department's order (they begin with its name) are not this supervisor's business. */
    private boolean aboutThisOrder(TicketTrail.Entry entry, String department) {
        return entry.detail() == null || texts.otherDepartmentNames(department).stream()
                .noneMatch(other -> entry.detail().startsWith(other + "："));
    }

    /** The level at which escalation starts: 1, or for a major complaint the configured one (越级). */
    int firstLevel(boolean major) {
        return settings.firstLevel(major);
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
