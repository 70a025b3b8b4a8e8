package com.callcentre.workflow.dutyreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.staff.RosterFixture;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.ProcessKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Duty reports in May 2030, away from the demo roster and other tests' weeks: the engine's clock
 * is set by the test and the timers are run by it (the job executor is off in tests), as
 * {@code escalation.SlaFixture} does. {@link #clean()} removes the instances, reports, mail and
 * shifts the tests wrote.
 */
public class DutyReportFixture {

    /** Tuesday 2030-05-14: leader1 is rostered on its DAY shift by the tests that want a leader. */
    static final LocalDate TUESDAY = LocalDate.of(2030, 5, 14);
    /** Saturday 2030-05-18: nobody is rostered. */
    static final LocalDate SATURDAY = LocalDate.of(2030, 5, 18);

    private final ProcessEngine engine;
    private final ComplaintFixture users;
    private final RosterFixture roster;
    private final JdbcClient jdbc;

    DutyReportFixture(ProcessEngine engine, ComplaintFixture users, RosterFixture roster, JdbcClient jdbc) {
        this.engine = engine;
        this.users = users;
        this.roster = roster;
        this.jdbc = jdbc;
    }

    /** The engine's clock at that time in Shanghai, e.g. {@code 2030-05-14T16:00+08:00}. */
    static void clock(String at) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(at).toInstant()));
    }

    static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    void rostered(String userId, LocalDate date, ShiftType type) {
        roster.shift(userId, date, type);
    }

    /** The process each start event starts (processes/duty-report.bpmn has one pool each). */
    static String processOf(String startEvent) {
        return "dayShiftEnded".equals(startEvent) ? ProcessKeys.DUTY_DAILY_REPORT : ProcessKeys.DUTY_MONTHLY_ANALYSIS;
    }

    /** The start timer at that start event. */
    Job startTimer(String startEvent) {
        return engine.getManagementService().createJobQuery().processDefinitionKey(processOf(startEvent)).timers()
                .activityId(startEvent).singleResult();
    }

    /** Fires the start timer as the job executor does when it is due; the instance it started, by business key. */
    ProcessInstance fireStart(String startEvent, String businessKey) {
        Job timer = startTimer(startEvent);
        assertThat(timer).as(startEvent + " timer").isNotNull();
        engine.getManagementService().executeJob(timer.getId());
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(processOf(startEvent)).processInstanceBusinessKey(businessKey).singleResult();
        assertThat(pi).as("instance " + businessKey).isNotNull();
        return pi;
    }

    /** Active timers of this activity due at the engine's current time. */
    List<Job> dueTimers(ProcessInstance pi, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(activityId).executable().active().list();
    }

    void fire(ProcessInstance pi, String activityId) {
        List<Job> due = dueTimers(pi, activityId);
        assertThat(due).as(activityId + " due").hasSize(1);
        engine.getManagementService().executeJob(due.get(0).getId());
    }

    Task task(ProcessInstance pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    void complete(String user, Task task, Map<String, Object> answers) {
        users.complete(user, task, answers);
    }

    List<String> candidateGroups(Task task) {
        return users.candidateGroups(task);
    }

    <T> T as(String user, java.util.function.Supplier<T> action) {
        return users.as(user, action);
    }

    /** The report's queued mail: event, recipient, subject and both bodies. */
    record Queued(String event, String recipient, String subject, String text, String html) {
    }

    List<Queued> mail(String reportKey) {
        return jdbc.sql("select event, recipient, subject, body_text, body_html from mail_outbox where ticket_no = ? "
                + "order by id").param(reportKey).query((rs, row) -> new Queued(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }

    String email(String userId) {
        return engine.getIdentityService().createUserQuery().userId(userId).singleResult().getEmail();
    }

    /** Files a report directly, for the API's tests. */
    void file(String key, DutyReport.Kind kind, LocalDate period, String leader, String author, String summary) {
        jdbc.sql("""
                insert into duty_report (report_key, kind, period_start, duty_leader, author, summary, filed_at,
                    received, dispatched, sent_back, answered, answered_in_time, breached, callbacks, centre_step_breaches)
                values (?, ?, ?, ?, ?, ?, ?, 1, 2, 3, 4, 5, 6, 7, 8)""")
                .params(key, kind.name(), period, leader, author, summary, OffsetDateTime.parse("2030-05-20T10:00+08:00"))
                .update();
    }

    /** Removes what the tests wrote: instances, their mail deliveries, reports, outbox rows and shifts of 2030. */
    void clean() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
        for (String key : List.of(ProcessKeys.DUTY_DAILY_REPORT, ProcessKeys.DUTY_MONTHLY_ANALYSIS)) {
            engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).list()
                    .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test ended", true));
        }
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.MAIL_DELIVERY).list()
                .stream().filter(pi -> pi.getBusinessKey() != null && pi.getBusinessKey().matches("(RB|YB)2030.*"))
                .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test ended", true));
        jdbc.sql("delete from mail_outbox where ticket_no like 'RB2030%' or ticket_no like 'YB2030%'").update();
        jdbc.sql("delete from duty_report where period_start >= ?").param(RosterFixture.TEST_DATES_FROM).update();
        roster.removeTestShifts();
    }
}
