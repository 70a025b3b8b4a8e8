package com.callcentre.workflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.complaint.ComplaintFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Time-limit scenarios through the engine: the clock starts on Monday 2026-11-23 09:00 in
 * Shanghai and is moved by the test; due timers and asynchronous steps are run by the test
 * (the job executor is off in tests).
 */
public class SlaFixture {

    public static final Instant MONDAY_9 = Instant.parse("2026-11-23T01:00:00Z");

    private final ProcessEngine engine;
    private final ComplaintFixture complaints;

    SlaFixture(ProcessEngine engine, ComplaintFixture complaints) {
        this.engine = engine;
        this.complaints = complaints;
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

    /** Runs the one asynchronous step waiting at this activity, as the job executor would. */
    public void run(ProcessInstance pi, String activityId) {
        List<Job> jobs = jobsAt(pi, activityId);
        assertThat(jobs).as(activityId + " waiting").hasSize(1);
        engine.getManagementService().executeJob(jobs.get(0).getId());
    }
}
