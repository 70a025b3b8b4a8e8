package com.callcentre.workflow.leave;

import com.callcentre.workflow.calendar.Holiday;
import com.callcentre.workflow.calendar.HolidayCalendar;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.staff.RosterFixture;
import com.callcentre.workflow.system.ProcessKeys;
import java.time.Instant;
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
 * Leave requests for tests, on shifts in 2030 (away from the demo roster), with the engine's
 * clock set by the test. {@link #clean()} removes the requests, instances, shifts and holidays
 * the tests wrote.
 */
public class LeaveFixture {

    /** Tuesday 2030-01-08: test shifts are around it. */
    public static final LocalDate TUESDAY = LocalDate.of(2030, 1, 8);
    /** Sunday 2030-01-06 10:00 in Shanghai: comfortably ahead of Tuesday's shifts. */
    public static final Instant SUNDAY_10 = at("2030-01-06T10:00+08:00");

    private final ProcessEngine engine;
    private final LeaveService leave;
    private final ComplaintFixture users;
    private final RosterFixture roster;
    private final HolidayCalendar holidays;
    private final JdbcClient jdbc;

    LeaveFixture(ProcessEngine engine, LeaveService leave, ComplaintFixture users, RosterFixture roster,
            HolidayCalendar holidays, JdbcClient jdbc) {
        this.engine = engine;
        this.leave = leave;
        this.users = users;
        this.roster = roster;
        this.holidays = holidays;
        this.jdbc = jdbc;
    }

    public static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    public static void clock(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
    }

    /** A request body for the API or {@link #submit}. */
    public static Map<String, Object> request(String employee, String type, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("employee", employee);
        body.put("type", type);
        body.put("start", start);
        body.put("end", end);
        body.put("reason", "家中有事");
        body.put("emergency", false);
        return body;
    }

    public long shift(String employee, LocalDate date, com.callcentre.workflow.staff.ShiftType type) {
        return roster.shift(employee, date, type);
    }

    public void markSwapped(long shiftId, long swapId) {
        roster.markSwapped(shiftId, swapId);
    }

    /** A shift that repays a swap: rostered, but carrying the swap's id. */
    public void markRepaying(long shiftId, long swapId) {
        jdbc.sql("update shift set swap_id = ? where id = ?").params(swapId, shiftId).update();
    }

    public void holiday(LocalDate date) {
        holidays.save(new Holiday(date, Holiday.Kind.BREAK_DAY, true, "测试节日"));
    }

    /** Asks for leave as the user, through the same path as the API. */
    public ProcessInstance submit(String user, Map<String, Object> body) {
        return users.as(user, () -> leave.start(body));
    }

    /** Submits the Tasklist start form as the user. */
    public ProcessInstance submitStartForm(String user, String processDefinitionId, Map<String, Object> form) {
        return users.as(user, () -> engine.getFormService().submitStartForm(processDefinitionId, form));
    }

    public Task task(String requestId, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(requestId)
                .taskDefinitionKey(key).singleResult();
    }

    public void complete(String user, Task task, Map<String, Object> variables) {
        users.complete(user, task, variables);
    }

    public <T> T as(String user, java.util.function.Supplier<T> action) {
        return users.as(user, action);
    }

    public List<String> candidateGroups(Task task) {
        return users.candidateGroups(task);
    }

    public static Map<String, Object> approve(String comment) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("approved", true);
        answer.put("comment", comment);
        return answer;
    }

    public static Map<String, Object> reject(String comment) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("approved", false);
        answer.put("comment", comment);
        return answer;
    }

    /** Active timers of the activity due at the engine's current time. */
    public List<Job> dueTimers(String processInstanceId, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers()
                .activityId(activityId).executable().active().list();
    }

    public Job timer(String processInstanceId, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers()
                .activityId(activityId).singleResult();
    }

    public void fire(Job job) {
        engine.getManagementService().executeJob(job.getId());
    }

    public int requestsOf(String employee) {
        return jdbc.sql("select count(*) from leave_request where employee = ? and start_at >= ?")
                .params(employee, OffsetDateTime.parse("2030-01-01T00:00Z")).query(Integer.class).single();
    }

    public long instances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.LEAVE_REQUEST)
                .count();
    }

    /** Removes what the tests wrote: instances, requests in 2030, shifts and holidays. */
    /** The request's queued mail as "EVENT recipient subject", in order. */
    public List<String> mail(String requestId) {
        return jdbc.sql("select event, recipient, subject from mail_outbox where ticket_no = ? order by id")
                .param(requestId).query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
    }

    public void clean() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.LEAVE_REQUEST).list()
                .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test ended", true));
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.MAIL_DELIVERY).list()
                .stream().filter(pi -> pi.getBusinessKey() != null && pi.getBusinessKey().startsWith("QJ2030"))
                .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test ended", true));
        jdbc.sql("delete from mail_outbox where ticket_no like 'QJ2030%'").update();
        OffsetDateTime from = OffsetDateTime.parse("2030-01-01T00:00Z");
        jdbc.sql("delete from leave_decision where request_id in (select request_id from leave_request where start_at >= ?)")
                .param(from).update();
        jdbc.sql("delete from leave_request where start_at >= ?").param(from).update();
        roster.removeTestShifts();
        jdbc.sql("delete from holiday where calendar_day >= ?").param(RosterFixture.TEST_DATES_FROM).update();
    }
}
