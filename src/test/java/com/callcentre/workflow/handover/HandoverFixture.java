package com.callcentre.workflow.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.dutylog.DutyLog;
import com.callcentre.workflow.dutylog.DutyLogKind;
import com.callcentre.workflow.escalation.SlaFixture;
import com.callcentre.workflow.staff.RosterFixture;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.ProcessKeys;
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
 * Shift handovers on Tuesday 2030-08-13, away from the demo roster and other tests' weeks: leader1
 * on the DAY shift (the outgoing at 16:00), leader2 on the EVENING shift (the incoming). The
 * engine's clock is set by the test and the timers are run by it (the job executor is off in
 * tests). {@link #clean()} removes the instances, handovers, duty log entries, leave, mail and
 * shifts the tests wrote.
 */
public class HandoverFixture {

    public static final LocalDate DAY = LocalDate.of(2030, 8, 13);
    public static final String DAY_HANDOVER = "JB20300813-DAY";

    private final ProcessEngine engine;
    private final ComplaintFixture users;
    private final RosterFixture roster;
    private final SlaFixture sla;
    private final DutyLog log;
    private final JdbcClient jdbc;

    HandoverFixture(ProcessEngine engine, ComplaintFixture users, RosterFixture roster, SlaFixture sla, DutyLog log,
            JdbcClient jdbc) {
        this.engine = engine;
        this.users = users;
        this.roster = roster;
        this.sla = sla;
        this.log = log;
        this.jdbc = jdbc;
    }

    /** The engine's clock at that time in Shanghai, e.g. {@code 2030-08-13T16:00+08:00}. */
    public static void clock(String at) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(at).toInstant()));
    }

    /** leader1 on the day's DAY shift, leader2 on its EVENING shift; agent3's EVENING shift obtained by a swap. */
    public void rosterTheDay() {
        roster.shift("leader1", DAY, ShiftType.DAY);
        roster.shift("leader2", DAY, ShiftType.EVENING);
        roster.markSwapped(roster.shift("agent3", DAY, ShiftType.EVENING), 990001L);
    }

    /** Rosters the person on that shift of the day. */
    public void rostered(String userId, ShiftType type) {
        roster.shift(userId, DAY, type);
    }

    /** The agent starts {@code agent-handover} naming the colleague, as Tasklist's start form does. */
    public ProcessInstance handOverContacts(String agent, String colleague) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("incomingAgent", colleague);
        String id = users.as(agent, () -> engine.getRuntimeService()
                .createProcessInstanceByKey(ProcessKeys.AGENT_HANDOVER).setVariables(values).execute().getId());
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    /** agent4's approved sick leave on the day. */
    public void approvedLeave() {
        jdbc.sql("""
                insert into leave_request (request_id, employee, submitter, leave_type, start_at, end_at, reason,
                    status, created_at)
                values ('QJTEST-HO-1', 'agent4', 'agent4', 'SICK', ?, ?, '发烧', 'APPROVED', ?)""")
                .params(OffsetDateTime.parse("2030-08-13T08:00+08:00"), OffsetDateTime.parse("2030-08-13T16:00+08:00"),
                        OffsetDateTime.parse("2030-08-12T09:00+08:00")).update();
    }

    /** A duty log entry by the duty leader on duty now. */
    public void logged(String text) {
        log.write(DutyLogKind.DIFFICULT, text, null, null, "leader1");
    }

    /** A ticket dispatched to billing now, its order's resolve deadline moved to that time: its number. */
    public String openTicket(String deadline) {
        ProcessInstance pi = users.register("agent1", ComplaintFixture.billingComplaint());
        sla.dispatch(pi, "billing");
        jdbc.sql("update department_order set resolve_deadline = ? where ticket_no = ? and outcome is null")
                .params(OffsetDateTime.parse(deadline), pi.getBusinessKey()).update();
        return pi.getBusinessKey();
    }

    /** Fires the handover's start timer as the job executor does at a shift's end; the instance it started. */
    public ProcessInstance shiftEnds() {
        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(ProcessKeys.SHIFT_HANDOVER)
                .timers().activityId("shiftEnded").singleResult();
        assertThat(timer).as("the start timer").isNotNull();
        java.util.Set<String> before = started();
        engine.getManagementService().executeJob(timer.getId());
        return started().stream().filter(id -> !before.contains(id)).findFirst()
                .map(id -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult())
                .orElse(null);
    }

    private java.util.Set<String> started() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.SHIFT_HANDOVER).list().stream()
                .map(h -> h.getId()).collect(java.util.stream.Collectors.toSet());
    }

    public ProcessInstance instance(String handoverNo) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(handoverNo)
                .singleResult();
    }

    public Task task(ProcessInstance pi, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    public void complete(String user, Task task, Map<String, Object> answers) {
        users.as(user, () -> {
            engine.getTaskService().complete(task.getId(), answers);
            return null;
        });
    }

    public <T> T as(String user, java.util.function.Supplier<T> action) {
        return users.as(user, action);
    }

    public List<String> candidateGroups(Task task) {
        return users.candidateGroups(task);
    }

    /** Fires the timer if it is due at the engine's clock; false when it is not due yet. */
    public boolean fire(ProcessInstance pi, String activityId) {
        List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(activityId).executable().active().list();
        if (due.isEmpty()) {
            return false;
        }
        engine.getManagementService().executeJob(due.get(0).getId());
        return true;
    }

    /** When the instance's timer at that activity falls due. */
    public java.time.Instant due(ProcessInstance pi, String activityId) {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(activityId).singleResult();
        assertThat(timer).as(activityId).isNotNull();
        return timer.getDuedate().toInstant();
    }

    /** A handover's queued mail: event and recipient. */
    public record Queued(String event, String recipient, String subject, String text) {
    }

    public List<Queued> mail(String handoverNo) {
        return jdbc.sql("select event, recipient, subject, body_text from mail_outbox where ticket_no = ? order by id")
                .param(handoverNo).query((rs, row) -> new Queued(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).list();
    }

    public String email(String userId) {
        return engine.getIdentityService().createUserQuery().userId(userId).singleResult().getEmail();
    }

    public long handovers() {
        return jdbc.sql("select count(*) from handover where shift_date >= ?").param(RosterFixture.TEST_DATES_FROM)
                .query(Long.class).single();
    }

    public List<String> logTexts() {
        return jdbc.sql("select text from duty_log where shift_date = ? order by id").param(DAY)
                .query(String.class).list();
    }

    /** Removes what the tests wrote. */
    public void clean() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
        for (String key : List.of(ProcessKeys.SHIFT_HANDOVER, ProcessKeys.AGENT_HANDOVER)) {
            engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).list()
                    .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test ended", true));
        }
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.MAIL_DELIVERY).list()
                .stream().filter(pi -> pi.getBusinessKey() != null && pi.getBusinessKey().startsWith("JB2030"))
                .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test ended", true));
        jdbc.sql("delete from mail_outbox where ticket_no like 'JB2030%'").update();
        jdbc.sql("delete from handover_item where handover_id in (select id from handover where shift_date >= ?)")
                .param(RosterFixture.TEST_DATES_FROM).update();
        jdbc.sql("delete from handover where shift_date >= ?").param(RosterFixture.TEST_DATES_FROM).update();
        jdbc.sql("delete from duty_log where shift_date >= ?").param(RosterFixture.TEST_DATES_FROM).update();
        jdbc.sql("delete from leave_request where request_id like 'QJTEST-HO-%'").update();
        roster.removeTestShifts();
    }
}
