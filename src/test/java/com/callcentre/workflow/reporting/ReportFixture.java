package com.callcentre.workflow.reporting;

import com.callcentre.workflow.Bodies;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.escalation.SlaFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Tickets for the reports' tests, driven through the real engine as the demo users. Each test
 * class counts in weeks of its own (after SlaFixture's week of 2030-03-04), so what other tests
 * register never reaches the figures it asserts.
 */
public class ReportFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ProcessEngine engine;
    private final ComplaintFixture complaints;
    private final SlaFixture sla;

    ReportFixture(ProcessEngine engine, ComplaintFixture complaints, SlaFixture sla) {
        this.engine = engine;
        this.complaints = complaints;
        this.sla = sla;
    }

    /** Monday 09:00 in Shanghai, this many weeks after SlaFixture's week (2030-W10). */
    static Instant mondayNine(int weeksAfter) {
        return SlaFixture.MONDAY_9.plus(Duration.ofDays(7L * weeksAfter));
    }

    /** The engine's clock at this local time in Shanghai. */
    static void clockAt(String shanghaiLocalDateTime) {
        ClockUtil.setCurrentTime(Date.from(java.time.LocalDateTime.parse(shanghaiLocalDateTime).atZone(SHANGHAI)
                .toInstant()));
    }

    static void clockAt(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    static ZonedDateTime inShanghai(Instant instant) {
        return instant.atZone(SHANGHAI);
    }

    /** A complaint as the agent registers it. */
    ProcessInstance complaint(String category, String vipLevel) {
        return complaints.register("agent1", Bodies.with(Bodies.with(
                ComplaintFixture.billingComplaint(), "category", category), "vipLevel", vipLevel));
    }

    /** A consultation answered at once (CP-1): archived without any department order. */
    ProcessInstance answeredAtFirstContact(String category) {
        var body = Bodies.with(ComplaintFixture.billingComplaint(), "type", "CONSULTATION");
        body = Bodies.with(body, "resolvedAtFirstContact", true);
        return complaints.register("agent2", Bodies.with(body, "category", category));
    }

    void dispatch(ProcessInstance pi, String... departments) {
        complaints.complete("manager1", complaints.task(pi.getBusinessKey(), "dispatch"), Map.of("departments",
                SpinValues.jsonValue(Spin.JSON(List.of(departments)).toString()).create()));
    }

    void resolve(ProcessInstance pi, String department) {
        answer(pi, department, Map.of("orderOutcome", "RESOLVED", "receipt", "已处理，已向客户说明",
                "receiptCause", "核实属实", "receiptMeasures", "已整改"));
    }

    void sendBack(ProcessInstance pi, String department) {
        answer(pi, department, Map.of("orderOutcome", "SENT_BACK", "sendBackReason", "不属本部门职责"));
    }

    void askCustomer(ProcessInstance pi, String department) {
        answer(pi, department, Map.of("orderOutcome", "NEED_INFO", "infoRequest", "请客户提供账单截图"));
    }

    /** A complaint as this agent registers it (its owner, CP-2), with these fields changed. */
    ProcessInstance complaintBy(String agent, Map<String, Object> changes) {
        var body = ComplaintFixture.billingComplaint();
        body.putAll(changes);
        return complaints.register(agent, body);
    }

    /** The handler accepts the receipts; the owner calls the customer back with this outcome. */
    void reviewAndCallBack(ProcessInstance pi, String outcome) {
        review(pi);
        callBack(pi, "agent1", outcome);
    }

    /** handler1 accepts the receipts. */
    void review(ProcessInstance pi) {
        complaints.complete("handler1", complaints.task(pi.getBusinessKey(), "reviewReceipt"),
                Map.of("receiptAccepted", true));
    }

    /** The owner calls the customer back; solved or not is asked when the customer was reached (CP-7). */
    void callBack(ProcessInstance pi, String owner, String outcome) {
        Map<String, Object> answer = new java.util.HashMap<>(Map.of("callbackOutcome", outcome, "callbackNote", "回访记录"));
        if (outcome.equals("SATISFIED") || outcome.equals("UNSATISFIED")) {
            answer.put("problemSolved", outcome.equals("SATISFIED"));
        }
        complaints.complete(owner, complaints.task(pi.getBusinessKey(), "callback"), answer);
    }

    /** Fires the order's due timer at this activity (breachTimer, level2Timer, level3Timer). */
    void fire(ProcessInstance pi, String timer) {
        sla.fire(pi, timer);
    }

    private void answer(ProcessInstance pi, String department, Map<String, Object> answer) {
        Task order = complaints.tasks(pi.getBusinessKey(), "handleOrder").stream()
                .filter(t -> department.equals(engine.getTaskService().getVariable(t.getId(), "department")))
                .findFirst().orElseThrow();
        String liaison = department + "1";
        complaints.complete(liaison, order, answer);
    }
}
