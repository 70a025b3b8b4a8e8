package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.staff.RosterFixture;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.ProcessKeys;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Swaps for tests: shifts in 2031 (after {@link RosterFixture#TEST_DATES_FROM}), requests
 * started and tasks completed as the demo users through the real engine, and a clean-up of
 * everything a test wrote.
 */
public class SwapFixture {

    private final ProcessEngine engine;
    private final RosterFixture roster;
    private final JdbcClient jdbc;

    SwapFixture(ProcessEngine engine, RosterFixture roster, JdbcClient jdbc) {
        this.engine = engine;
        this.roster = roster;
        this.jdbc = jdbc;
    }

    public long shift(String userId, String date, ShiftType type) {
        return roster.shift(userId, LocalDate.parse(date), type);
    }

    public void markSwapped(long shiftId) {
        roster.markSwapped(shiftId, 999_999L);
    }

    /** The request body of the API, as start variables too. */
    public static Map<String, Object> request(long requesterShift, String colleague, long colleagueShift) {
        Map<String, Object> body = new HashMap<>();
        body.put("requesterShift", requesterShift);
        body.put("colleague", colleague);
        body.put("colleagueShift", colleagueShift);
        body.put("reason", "家中有事需亲自处理");
        body.put("handoverNote", "未完成工单已交接，重点客户回访名单见交接日志");
        return body;
    }

    /** A one-way cover (代班, SW-11): the colleague takes the shift and gives none back. */
    public static Map<String, Object> cover(long requesterShift, String colleague) {
        Map<String, Object> body = request(requesterShift, colleague, 0);
        body.remove("colleagueShift");
        body.put("kind", "COVER");
        return body;
    }

    /** Starts shift-swap as the requester would from Tasklist's start form. */
    public ProcessInstance start(String requester, Map<String, Object> variables) {
        return as(requester, () -> engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.SHIFT_SWAP,
                variables));
    }

    public List<Task> tasks(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(key).orderByTaskAssignee().asc().list();
    }

    public Task task(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(key).singleResult();
    }

    /** Completes as the user, as Tasklist does (the user's authorizations apply). */
    public void complete(String user, Task task, Map<String, Object> variables) {
        as(user, () -> {
            TaskService tasks = engine.getTaskService();
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    public static Map<String, Object> decision(String name, boolean yes, String comment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(name, yes);
        variables.put("comment", comment);
        return variables;
    }

    /** Runs the exchange (an asynchronous step), as the job executor would. */
    public void runExchange(ProcessInstance instance) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    public <T> T as(String user, Supplier<T> action) {
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    public String employeeOf(long shiftId) {
        return jdbc.sql("select employee from shift where id = ?").param(shiftId).query(String.class).single();
    }

    public String originOf(long shiftId) {
        return jdbc.sql("select origin from shift where id = ?").param(shiftId).query(String.class).single();
    }

    public int swapCount() {
        return jdbc.sql("select count(*) from shift_swap").query(Integer.class).single();
    }

    /** Removes every swap, its instance, the test shifts and holidays a test wrote. */
    /**
     * A leave request of the employee in the given status (PENDING, APPROVED...), written
     * straight to the leave table for the swap rules (SW-7); removed by {@link #cleanUp}.
     */
    public void leave(String requestId, String employee, String start, String end, String status) {
        jdbc.sql("""
                insert into leave_request (request_id, employee, submitter, leave_type, start_at, end_at, reason, status,
                created_at) values (?, ?, ?, 'SICK', ?, ?, '病', ?, ?)""")
                .params(requestId, employee, employee, java.time.OffsetDateTime.parse(start),
                        java.time.OffsetDateTime.parse(end), status, java.time.OffsetDateTime.parse(start).minusDays(3))
                .update();
    }

    public void cleanUp() {
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
        jdbc.sql("delete from leave_request where request_id like 'QJTEST%'").update();
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.SHIFT_SWAP).list()
                .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test clean-up"));
        jdbc.sql("delete from shift_swap_decision").update();
        jdbc.sql("delete from shift_swap").update();
        roster.removeTestShifts();
        jdbc.sql("delete from holiday where calendar_day >= ?").param(RosterFixture.TEST_DATES_FROM).update();
    }
}
