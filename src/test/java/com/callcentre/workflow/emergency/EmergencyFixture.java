package com.callcentre.workflow.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.staff.RosterFixture;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.ProcessKeys;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Emergencies on Tuesday 2030-06-11, away from the demo roster and other tests' weeks: the engine's
 * clock is set by the test and the timers are run by it (the job executor is off in tests).
 * {@link #clean()} removes the instances, emergencies, duty log entries, mail and shifts the tests wrote.
 */
public class EmergencyFixture {

    /** leader1 is rostered on its DAY shift by the tests that want a duty leader on duty. */
    public static final LocalDate DAY = LocalDate.of(2030, 6, 11);

    private final ProcessEngine engine;
    private final ComplaintFixture users;
    private final RosterFixture roster;
    private final JdbcClient jdbc;

    EmergencyFixture(ProcessEngine engine, ComplaintFixture users, RosterFixture roster, JdbcClient jdbc) {
        this.engine = engine;
        this.users = users;
        this.roster = roster;
        this.jdbc = jdbc;
    }

    /** The engine's clock at that time in Shanghai, e.g. {@code 2030-06-11T10:00+08:00}. */
    public static void clock(String at) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(at).toInstant()));
    }

    public void rostered(String userId, LocalDate date, ShiftType type) {
        roster.shift(userId, date, type);
    }

    public static Map<String, Object> report(String kind, String situation, String location) {
        Map<String, Object> values = new HashMap<>();
        values.put("emergencyKind", kind);
        values.put("situation", situation);
        values.put("location", location);
        return values;
    }

    /** Starts {@code emergency} as the user, as Tasklist's start form does; the instance with its business key. */
    public ProcessInstance report(String user, Map<String, Object> values) {
        String id = users.as(user, () -> engine.getRuntimeService()
                .createProcessInstanceByKey(ProcessKeys.EMERGENCY).setVariables(values).execute().getId());
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    public Task task(ProcessInstance pi, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    public void complete(String user, Task task, Map<String, Object> answers) {
        users.complete(user, task, answers);
    }

    public List<String> candidateGroups(Task task) {
        return users.candidateGroups(task);
    }

    public <T> T as(String user, java.util.function.Supplier<T> action) {
        return users.as(user, action);
    }

    /** Fires the duty leader's answer timer if it is due at the engine's clock; false when it is not due yet. */
    public boolean fireAnswerTimer(ProcessInstance pi) {
        List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("answerTimer").executable().active().list();
        if (due.isEmpty()) {
            return false;
        }
        assertThat(due).hasSize(1);
        engine.getManagementService().executeJob(due.get(0).getId());
        return true;
    }

    /** The duty log's entries about the emergency: kind, text, author, duty leader, shift. */
    public record Entry(String kind, String text, String author, String dutyLeader, LocalDate shiftDate,
            String shiftType) {
    }

    public List<Entry> log(String emergencyNo) {
        return jdbc.sql("select kind, text, author, duty_leader, shift_date, shift_type from duty_log "
                + "where emergency_no = ? order by id").param(emergencyNo)
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6))).list();
    }

    /** An emergency's queued mail: event, recipient, subject and both bodies. */
    public record Queued(String event, String recipient, String subject, String text, String html) {
    }

    public List<Queued> mail(String emergencyNo) {
        return jdbc.sql("select event, recipient, subject, body_text, body_html from mail_outbox where ticket_no = ? "
                + "order by id").param(emergencyNo).query((rs, row) -> new Queued(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }

    public String email(String userId) {
        return engine.getIdentityService().createUserQuery().userId(userId).singleResult().getEmail();
    }

    public long emergencies() {
        return jdbc.sql("select count(*) from emergency where emergency_no like 'TF2030%'").query(Long.class).single();
    }

    /** Removes what the tests wrote. */
    public void clean() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.EMERGENCY).list()
                .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test ended", true));
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.MAIL_DELIVERY).list()
                .stream().filter(pi -> pi.getBusinessKey() != null && pi.getBusinessKey().startsWith("TF2030"))
                .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test ended", true));
        jdbc.sql("delete from mail_outbox where ticket_no like 'TF2030%'").update();
        jdbc.sql("delete from duty_log where shift_date >= ? or emergency_no like 'TF2030%'")
                .param(RosterFixture.TEST_DATES_FROM).update();
        jdbc.sql("delete from emergency where emergency_no like 'TF2030%'").update();
        roster.removeTestShifts();
    }
}
