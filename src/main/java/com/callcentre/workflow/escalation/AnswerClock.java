package com.callcentre.workflow.escalation;

import com.callcentre.workflow.complaint.AnswerClocks;
import com.callcentre.workflow.complaint.TicketTrail;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.system.BusinessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.management.JobDefinition;
import org.springframework.stereotype.Component;

/**
 * SL-1, the customer's-answer clock of {@code complaint-handling}'s sub-process 客户答复时限
 * ({@code answerClock}), called by the model: it runs from intake on the hotline's wall clock
 * ({@code customerAnswerDeadline}, {@link TicketClock}); at the reminder point the first-contact
 * owner is told; past the deadline it escalates level by level like an order (SL-3: duty leader
 * on duty, cs-director, centre director; a major complaint skips to its first level); it pauses
 * while any order waits for the customer ({@code requestCustomerInfo}) and goes on with the time
 * it had left; it stops when the callback reaches the customer.
 */
@Component("answerClock")
public class AnswerClock {

    static final String DEADLINE = "customerAnswerDeadline";
    static final String REMINDER_AT = "answerReminderAt";
    static final String LEVEL_2_AT = "answerLevel2At";
    static final String LEVEL_3_AT = "answerLevel3At";
    /** The timers of the clock, in the order they come. */
    static final Set<String> TIMERS = Set.of("answerReminderTimer", "answerBreachTimer", "answerLevel2Timer",
            "answerLevel3Timer");
    /** Callback outcomes in which the customer was reached and told the result. */
    static final Set<String> REACHED = Set.of("SATISFIED", "UNSATISFIED");

    private final EscalationPolicy policy;
    private final EscalationChain chain;
    private final AnswerClocks tickets;
    private final TicketTrail trail;
    private final ClockTexts texts;
    private final ManagementService management;
    private final TaskService tasks;

    AnswerClock(EscalationPolicy policy, EscalationChain chain, AnswerClocks tickets, TicketTrail trail,
            ClockTexts texts, ManagementService management, TaskService tasks) {
        this.policy = policy;
        this.chain = chain;
        this.tickets = tickets;
        this.trail = trail;
        this.texts = texts;
        this.management = management;
        this.tasks = tasks;
    }

    /** Start of {@code answerClock}: the reminder point and the levels' times, from the deadline set at intake. */
    public void start(DelegateExecution execution) {
        Instant deadline = instant(execution, DEADLINE);
        Duration limit = Duration.parse((String) TimeLimits.of(execution).get("customerAnswerLimit"));
        boolean major = Boolean.TRUE.equals(execution.getVariable("major"));
        execution.setVariable(REMINDER_AT, Date.from(deadline.minus(limit).plus(policy.reminderOf(limit))));
        execution.setVariable(LEVEL_2_AT, Date.from(chain.levelDueAt(2, deadline, major)));
        execution.setVariable(LEVEL_3_AT, Date.from(chain.levelDueAt(3, deadline, major)));
    }

    /** {@code remindAnswer}: the reminder point is on the trail (SL-4 for the customer's answer). */
    public void remind(DelegateExecution execution) {
        trail.record(execution.getProcessBusinessKey(), "answerReminder", "到达答复提醒时间", TicketTrail.SYSTEM,
                "REMINDED", "客户答复时限 " + texts.dateTime((Date) execution.getVariable(DEADLINE)));
    }

    /** {@code escalateAnswer1..3}: the clock goes up a level; the ticket is breached. */
    public void escalate(DelegateExecution execution, int level) {
        String ticketNo = execution.getProcessBusinessKey();
        tickets.escalated(ticketNo, level);
        Object current = execution.getProcessInstance().getVariable("escalationLevel");
        execution.getProcessInstance().setVariable("escalationLevel",
                Math.max(level, current instanceof Number n ? n.intValue() : 0));
        execution.getProcessInstance().setVariable("breached", true);
        trail.record(ticketNo, "escalateAnswer" + level, execution.getCurrentActivityName(), TicketTrail.SYSTEM,
                "LEVEL_" + level, "客户答复时限 " + texts.dateTime((Date) execution.getVariable(DEADLINE))
                        + " 已过，客户仍未得到答复，督办 " + StaffGroups.nameOf(chain.groupFor(level)));
    }

    /** Creation of {@code superviseAnswer1..3}: how late the answer is, for the form; level 1 to the leader on duty. */
    public void brief(DelegateTask task) {
        Date deadline = (Date) task.getVariable(DEADLINE);
        Duration overdue = Duration.between(deadline.toInstant(), BusinessClock.now());
        task.setVariableLocal("overdueText", "客户答复时限 " + texts.dateTime(deadline) + " 已过"
                + (overdue.toMinutes() >= 1 ? "，已超时 " + texts.duration(overdue) : ""));
        if (((Number) task.getVariable("answerLevel")).intValue() == 1) {
            trail.record(task.getExecution().getProcessBusinessKey(), "supervisorOnDuty", "当班值班长督办",
                    TicketTrail.SYSTEM, task.getAssignee() != null ? task.getAssignee() : "NO_LEADER_ON_DUTY",
                    task.getAssignee() != null ? "客户答复超时：交当班值班长 " + task.getAssignee()
                            : "客户答复超时：无当班值班长，转 " + StaffGroups.nameOf(chain.groupFor(2)));
        }
    }

    /** The condition of 客户已得到答复: the callback reached the customer. Read only. */
    public boolean answered(DelegateExecution execution) {
        return REACHED.contains(String.valueOf(execution.getVariable("callbackOutcome")));
    }

    /** Completion of {@code callback}: the first one that reached the customer stops the clock (on the trail). */
    public void callbackDone(DelegateTask task) {
        if (!REACHED.contains(String.valueOf(task.getVariable("callbackOutcome")))
                || !(task.getVariable(DEADLINE) instanceof Date deadline)) {
            return;
        }
        String ticketNo = task.getExecution().getProcessBusinessKey();
        Instant now = BusinessClock.now();
        if (tickets.answered(ticketNo, now)) {
            boolean late = now.isAfter(deadline.toInstant());
            trail.record(ticketNo, "customerAnswered", "客户已得到答复", TicketTrail.SYSTEM, late ? "LATE" : "IN_TIME",
                    "客户答复时限 " + texts.dateTime(deadline) + (late ? "，超时 "
                            + texts.duration(Duration.between(deadline.toInstant(), now)) : "，按时答复"));
        }
    }

    /** Start of {@code requestCustomerInfo}: the centre waits for the customer; the first such wait stops the clock. */
    public void pause(DelegateExecution execution) {
        String ticketNo = execution.getProcessBusinessKey();
        if (execution.getVariable(REMINDER_AT) == null || !tickets.paused(ticketNo, BusinessClock.now())) {
            return; // no clock (a ticket from before it), answered, or paused for another order already
        }
        for (JobEntity job : timers(execution)) {
            job.setSuspensionState(SuspensionState.SUSPENDED.getStateCode());
        }
        trail.record(ticketNo, "pauseAnswerClock", "客户答复暂停计时", TicketTrail.SYSTEM, "PAUSED",
                "等待客户补充信息");
    }

    /**
     * End of {@code requestCustomerInfo}: when no other order still waits for the customer, the
     * clock goes on; every time still ahead at the pause (deadline, reminder, levels) moves by
     * the pause's length, on the hotline's wall clock.
     */
    public void resume(DelegateExecution execution) {
        String ticketNo = execution.getProcessBusinessKey();
        Instant pausedAt = tickets.pausedAt(ticketNo).orElse(null);
        if (pausedAt == null || othersWait(execution)) {
            return;
        }
        Instant now = BusinessClock.now();
        Duration paused = Duration.between(pausedAt, now);
        for (JobEntity job : timers(execution)) {
            job.setDuedate(Date.from(job.getDuedate().toInstant().plus(paused)));
            job.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
        }
        // What was still ahead at the pause moves by its length; a level after a breach too, as an order's does.
        for (String variable : List.of(REMINDER_AT, DEADLINE, LEVEL_2_AT, LEVEL_3_AT)) {
            Instant due = instant(execution, variable);
            if (due.isAfter(pausedAt)) {
                execution.getProcessInstance().setVariable(variable, Date.from(due.plus(paused)));
            }
        }
        Instant deadline = instant(execution, DEADLINE);
        tickets.resumed(ticketNo, paused, deadline);
        trail.record(ticketNo, "resumeAnswerClock", "客户答复恢复计时", TicketTrail.SYSTEM, "RESUMED",
                "暂停 " + texts.duration(paused) + "，新的客户答复时限 " + texts.dateTime(deadline));
    }

    private boolean othersWait(DelegateExecution execution) {
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("requestCustomerInfo").list().stream()
                .anyMatch(task -> !task.getExecutionId().equals(execution.getId()));
    }

    /** The clock's timer jobs, as entities of this command (so that their changes are flushed with it). */
    private List<JobEntity> timers(DelegateExecution execution) {
        Set<String> definitions = management.createJobDefinitionQuery()
                .processDefinitionId(execution.getProcessDefinitionId()).activityIdIn(TIMERS.toArray(String[]::new))
                .list().stream().map(JobDefinition::getId).collect(Collectors.toSet());
        return management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).timers().list().stream()
                .filter(job -> definitions.contains(job.getJobDefinitionId()))
                .map(job -> Context.getCommandContext().getJobManager().findJobById(job.getId())).toList();
    }

    private static Instant instant(DelegateExecution execution, String variable) {
        return ((Date) execution.getVariable(variable)).toInstant();
    }
}
