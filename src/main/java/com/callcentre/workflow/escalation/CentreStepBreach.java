package com.callcentre.workflow.escalation;

import com.callcentre.workflow.complaint.TicketTrail;
import com.callcentre.workflow.identity.StaffGroups;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * SL-2 for the centre's own steps: when a step's due date passes (the {@code timeout} listener
 * of {@code dispatch}, {@code reviewReceipt}, {@code callback}, {@code requestCustomerInfo},
 * {@code dutyLeaderTakeover}), the duty leader on duty becomes a candidate of the late task, so it
 * is in their 超时 and they may hand it on or do it; with nobody on duty, the next level's group
 * (as for a late order). The task's priority rises, the breach is on the trail and the supervisor
 * gets an e-mail.
 */
@Component("centreStepBreach")
public class CentreStepBreach implements TaskListener {

    private final EscalationChain chain;
    private final TicketTrail trail;
    private final ClockTexts texts;
    private final ApplicationEventPublisher events;

    CentreStepBreach(EscalationChain chain, TicketTrail trail, ClockTexts texts, ApplicationEventPublisher events) {
        this.chain = chain;
        this.trail = trail;
        this.texts = texts;
        this.events = events;
    }

    /** Tasklist sorts a late step above the rest (Camunda's default priority is 50). */
    static final int LATE_PRIORITY = 80;

    @Override
    public void notify(DelegateTask task) {
        // Always a change of the task's row: a worker completing the step at this very moment then
        // meets a conflict (409, 请刷新后再试) instead of deleting a task that just got a candidate.
        task.setPriority(task.getPriority() < LATE_PRIORITY ? LATE_PRIORITY : task.getPriority() + 1);
        String ticketNo = task.getExecution().getProcessBusinessKey();
        String leader = chain.leaderOnDuty();
        String group = chain.levelOneGroup();
        if (leader != null) {
            task.addCandidateUser(leader);
        } else {
            task.addCandidateGroup(group);
        }
        Date due = task.getDueDate();
        // The outcome names the late step: the reports count the centre's breaches per step.
        trail.record(ticketNo, "centreStepBreach", "环节超时", TicketTrail.SYSTEM, task.getTaskDefinitionKey(),
                task.getName() + "：时限 " + (due == null ? "" : texts.dateTime(due)) + " 已过，"
                        + (leader != null ? "交当班值班长 " + leader + " 督办" : "无当班值班长，交 " + StaffGroups.nameOf(group) + " 督办"));
        events.publishEvent(new CentreStepBreached(ticketNo, task.getId(), task.getName(), due,
                leader, leader != null ? null : group, (String) task.getVariable("category"),
                Boolean.TRUE.equals(task.getVariable("major")), (String) task.getVariable("customerPhoneMasked")));
    }
}
