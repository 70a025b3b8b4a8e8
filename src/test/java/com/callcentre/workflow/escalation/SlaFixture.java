package com.callcentre.workflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.complaint.ComplaintFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.ShiftType;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Time-limit scenarios through the engine: the clock starts on Monday 2030-03-04 09:00 in
 * Shanghai and is moved by the test; due timers and asynchronous steps are run by the test
 * (the job executor is off in tests). The week is the tests' own, whatever day they run on: no
 * holidays, and duty leaders rostered by the fixture (leader1 on DAY, leader2 on EVENING, Monday
 * to Friday; nobody at night or at the weekend).
 */
public class SlaFixture {

    public static final Instant MONDAY_9 = Instant.parse("2030-03-04T01:00:00Z");
    static final java.time.LocalDate MONDAY = java.time.LocalDate.of(2030, 3, 4);

    private final ProcessEngine engine;
    private final ComplaintFixture complaints;
    private final Roster roster;

    SlaFixture(ProcessEngine engine, ComplaintFixture complaints, Roster roster) {
        this.engine = engine;
        this.complaints = complaints;
        this.roster = roster;
    }

    /** The clock at Monday 09:00, and the week's duty leaders on the roster (other tests clear 2030's). */
    public void startOnMondayMorning() {
        at(Duration.ZERO);
        for (int day = 0; day < 5; day++) {
            rostered("leader1", MONDAY.plusDays(day), ShiftType.DAY);
            rostered("leader2", MONDAY.plusDays(day), ShiftType.EVENING);
        }
    }

    private void rostered(String leader, java.time.LocalDate date, ShiftType type) {
        if (roster.shiftsOf(leader, date, date).stream().noneMatch(s -> s.type() == type)) {
            roster.addShift(leader, date, type);
        }
    }

    /** The engine's clock, this long after Monday 09:00. */
    public static void at(Duration sinceMonday) {
        ClockUtil.setCurrentTime(Date.from(MONDAY_9.plus(sinceMonday)));
    }

    public static Date hours(long hours) {
        return Date.from(MONDAY_9.plus(Duration.ofHours(hours)));
    }

    /** The manager dispatches to one department; its order's task. */
    public Task dispatch(ProcessInstance pi, String department) {
        complaints.complete("manager1", complaints.task(pi.getBusinessKey(), "dispatch"), Map.of("departments",
                SpinValues.jsonValue(Spin.JSON(List.of(department)).toString()).create()));
        return complaints.task(pi.getBusinessKey(), "handleOrder");
    }

    /** Active timers of this activity that are due at the engine's current time. */
    public List<Job> dueTimer(ProcessInstance pi, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(activityId).executable().active().list();
    }

    /** Fires the one due timer of this activity. */
    public void fire(ProcessInstance pi, String activityId) {
        List<Job> due = dueTimer(pi, activityId);
        assertThat(due).as(activityId + " due").hasSize(1);
        engine.getManagementService().executeJob(due.get(0).getId());
    }

    /** The jobs waiting at this activity (timers or asynchronous steps). */
    public List<Job> jobsAt(ProcessInstance pi, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(activityId).list();
    }

    /**
     * The ticket's queued mail (issue 12: the model's e-mail steps queue their messages in the
     * outbox; a {@code mail-delivery} instance per message sends it): the delivery jobs.
     */
    public List<Job> mailJobs(ProcessInstance pi) {
        List<String> deliveries = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("mail-delivery").processInstanceBusinessKey(pi.getBusinessKey()).list().stream()
                .map(ProcessInstance::getId).toList();
        return engine.getManagementService().createJobQuery().processDefinitionKey("mail-delivery").list().stream()
                .filter(job -> deliveries.contains(job.getProcessInstanceId())).toList();
    }

    /** Sends the ticket's queued mail, as the job executor would; at least one message must wait. */
    public void sendMail(ProcessInstance pi) {
        List<Job> jobs = mailJobs(pi);
        assertThat(jobs).as("queued mail of " + pi.getBusinessKey()).isNotEmpty();
        jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }

    /** Runs the one asynchronous step waiting at this activity, as the job executor would. */
    public void run(ProcessInstance pi, String activityId) {
        List<Job> jobs = jobsAt(pi, activityId);
        assertThat(jobs).as(activityId + " waiting").hasSize(1);
        engine.getManagementService().executeJob(jobs.get(0).getId());
    }
}
