package com.callcentre.workflow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.Bodies;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.system.ProcessKeys;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
 * The daily audit's scenarios (CP-8) through the real engine as the demo users: tickets closed on
 * a day of the tests' own (in 2033, which no other test's clock reaches), the audit's timer run by
 * moving the engine's clock and executing its job, as the job executor would.
 */
public class AuditFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ProcessEngine engine;
    private final ComplaintFixture complaints;

    AuditFixture(ProcessEngine engine, ComplaintFixture complaints) {
        this.engine = engine;
        this.complaints = complaints;
    }

    /** The engine's clock at this local time in Shanghai. */
    public static void clockAt(String shanghaiLocalDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(shanghaiLocalDateTime).atZone(SHANGHAI).toInstant()));
    }

    /**
     * A complaint of this category registered by {@code owner}, dispatched to {@code department},
     * answered, its receipt reviewed by {@code handler}, the customer satisfied: archived now.
     */
    public ProcessInstance archived(String owner, String category, String department, String handler) {
        ProcessInstance pi = complaints.register(owner, Bodies.with(ComplaintFixture.billingComplaint(), "category",
                category));
        String ticketNo = pi.getBusinessKey();
        complaints.complete("manager1", complaints.task(ticketNo, "dispatch"), Map.of("departments",
                SpinValues.jsonValue(Spin.JSON(List.of(department)).toString()).create()));
        complaints.complete(department + "1", complaints.task(ticketNo, "handleOrder"),
                Map.of("orderOutcome", "RESOLVED", "receipt", "已核实并处理，已向客户说明",
                        "receiptCause", "核实属实", "receiptMeasures", "已整改"));
        complaints.complete(handler, complaints.task(ticketNo, "reviewReceipt"), Map.of("receiptAccepted", true));
        complaints.complete(owner, complaints.task(ticketNo, "callback"),
                Map.of("callbackOutcome", "SATISFIED", "problemSolved", true, "callbackNote", "客户表示满意"));
        return pi;
    }

    /** The timer start event's job (there is one, whatever ran before). */
    public Job timer() {
        List<Job> jobs = engine.getManagementService().createJobQuery().processDefinitionKey(ProcessKeys.DAILY_AUDIT)
                .timers().list();
        assertThat(jobs).as("the daily audit's timer").hasSize(1);
        return jobs.get(0);
    }

    /** At this time in Shanghai, the timer fires: the audit instance it started. */
    public ProcessInstance runTimerAt(String shanghaiLocalDateTime) {
        clockAt(shanghaiLocalDateTime);
        List<String> before = instanceIds();
        engine.getManagementService().executeJob(timer().getId());
        List<ProcessInstance> started = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.DAILY_AUDIT).list().stream()
                .filter(h -> !before.contains(h.getId()))
                .map(StartedInstance::of)
                .toList();
        assertThat(started).as("one audit started by the timer").hasSize(1);
        return started.get(0);
    }

    /** The audit tasks of an instance, in the order the 每日审核 filter shows them. */
    public List<Task> tasks(ProcessInstance audit) {
        return engine.getTaskService().createTaskQuery().processInstanceId(audit.getId())
                .orderByTaskName().asc().orderByTaskCreateTime().asc().list();
    }

    public Object local(Task task, String name) {
        return engine.getTaskService().getVariableLocal(task.getId(), name);
    }

    /** Ends the audits left open, so that no other test finds the managers' tasks. */
    public void clean() {
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DAILY_AUDIT).list()
                .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test over"));
        ClockUtil.reset();
    }

    private List<String> instanceIds() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.DAILY_AUDIT).list().stream().map(h -> h.getId()).toList();
    }
}
