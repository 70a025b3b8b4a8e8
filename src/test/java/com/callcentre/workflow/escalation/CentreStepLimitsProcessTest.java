package com.callcentre.workflow.escalation;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static com.callcentre.workflow.escalation.SlaFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.complaint.ComplaintService;
import com.callcentre.workflow.complaint.TicketView;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SL-1, SL-2 (issue 15): the centre's own steps are due within the limits of
 * {@code complaint-sla}, counted from the moment each task opens, so a late dispatch, review,
 * callback, customer contact or takeover is in Tasklist's 超时 like a late order. Every case
 * starts on Monday 2030-03-04 09:00 in Shanghai (SlaFixture).
 */
@ApplicationTest
class CentreStepLimitsProcessTest {

    static final Instant MONDAY_9 = SlaFixture.MONDAY_9;

    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture fixture;
    @Autowired
    SlaFixture sla;
    @Autowired
    ComplaintService complaints;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void startOnMondayMorning() {
        init(engine);
        sla.startOnMondayMorning();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachCentreStepOfAnOrdinaryTicketIsDueWithinItsLimitFromWhenItOpens() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        String ticketNo = pi.getBusinessKey();
        assertThat(task(ticketNo, "dispatch").getDueDate()).as("dispatch: 2 h").isEqualTo(due(0, 0, 2));
        assertThat(complaints.find(ticketNo).orElseThrow().currentSteps()).extracting(TicketView.Step::clock)
                .containsExactly("RUNNING");

        at(Duration.ofMinutes(90));
        fixture.complete("manager1", task(ticketNo, "dispatch"), departments("billing"));
        at(Duration.ofHours(5));
        fixture.complete("billing1", task(ticketNo, "handleOrder"),
                Map.of("orderOutcome", "NEED_INFO", "infoRequest", "请客户提供扣费短信截图"));
        assertThat(task(ticketNo, "requestCustomerInfo").getDueDate()).as("asking the customer: 8 h")
                .isEqualTo(due(5, 0, 8));

        at(Duration.ofHours(6));
        fixture.complete("agent1", task(ticketNo, "requestCustomerInfo"), Map.of("customerInfo", "截图已收到"));
        at(Duration.ofHours(7));
        fixture.complete("billing1", task(ticketNo, "handleOrder"),
                Map.of("orderOutcome", "RESOLVED", "receipt", "已退还多扣费用",
                        "receiptCause", "核实属实", "receiptMeasures", "已整改"));
        assertThat(task(ticketNo, "reviewReceipt").getDueDate()).as("review: 8 h").isEqualTo(due(7, 0, 8));

        at(Duration.ofHours(9).plusMinutes(30));
        fixture.complete("handler1", task(ticketNo, "reviewReceipt"), Map.of("receiptAccepted", true));
        assertThat(task(ticketNo, "callback").getDueDate()).as("callback: 24 h").isEqualTo(due(9, 30, 24));
    }

    @Test
    void aMajorComplaintsCentreStepsHaveTheShortestLimits() {
        ProcessInstance pi = fixture.register("agent1", with(with(billingComplaint(), "major", true), "vipLevel", "GOLD"));

        assertThat(task(pi.getBusinessKey(), "dispatch").getDueDate()).as("dispatch of a major complaint: 15 min")
                .isEqualTo(Date.from(MONDAY_9.plus(Duration.ofMinutes(15))));
    }

    @Test
    void theDutyLeadersTakeoverIsDueWithinItsLimit() {
        ProcessInstance pi = fixture.register("agent1", with(billingComplaint(), "vipLevel", "DIAMOND"));
        String ticketNo = pi.getBusinessKey();
        for (int callback = 1; callback <= 3; callback++) {
            fixture.complete("manager1", task(ticketNo, "dispatch"), departments("billing"));
            fixture.complete("billing1", task(ticketNo, "handleOrder"), Map.of("orderOutcome", "RESOLVED", "receipt", "已处理",
                    "receiptCause", "核实属实", "receiptMeasures", "已整改"));
            fixture.complete("handler1", task(ticketNo, "reviewReceipt"), Map.of("receiptAccepted", true));
            at(Duration.ofHours(callback));
            fixture.complete("agent1", task(ticketNo, "callback"),
                    Map.of("callbackOutcome", "UNSATISFIED", "problemSolved", true, "callbackNote", "仍不满意"));
        }

        assertThat(task(ticketNo, "dutyLeaderTakeover").getDueDate()).as("takeover of a DIAMOND customer's ticket: 2 h")
                .isEqualTo(due(3, 0, 2));
    }

    // --- SL-2: a late centre step reaches the duty leader on duty -------------------------------

    @Test
    void aLateDispatchReachesTheDutyLeaderOnDutyInTasklistAndByMail() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        String ticketNo = pi.getBusinessKey();
        at(Duration.ofHours(2).minusMinutes(1));
        assertThat(sla.dueTimer(pi, "dispatch")).as("not before the limit").isEmpty();
        at(Duration.ofHours(2));
        sla.fire(pi, "dispatch");
        at(Duration.ofHours(2).plusMinutes(1));

        Task late = task(ticketNo, "dispatch");
        assertThat(late.getPriority()).as("sorted above the rest in Tasklist").isEqualTo(CentreStepBreach.LATE_PRIORITY);
        assertThat(fixture.as("leader1", () -> engine.getTaskService().createTaskQuery()
                .dueBefore(ClockUtil.getCurrentTime()).list())).as("leader1 (day shift) finds it in 超时")
                .extracting(Task::getId).contains(late.getId());
        assertThat(fixture.as("leader2", () -> engine.getTaskService().createTaskQuery().taskId(late.getId()).list()))
                .as("a duty leader not on duty does not").isEmpty();
        assertThat(outbox(ticketNo)).containsExactly("leader1@callcentre.example");
        assertThat(trailOutcomes(ticketNo, "centreStepBreach")).as("the late step").containsExactly("dispatch");
        assertThat(complaints.find(ticketNo).orElseThrow().currentSteps())
                .as("GET /api/complaints/{ticketNo} shows the step's clock breached")
                .filteredOn(step -> step.key().equals("dispatch")).singleElement()
                .satisfies(step -> assertThat(step.clock()).isEqualTo("BREACHED"));

        fixture.complete("leader1", late, departments("billing"));
        assertThat(task(ticketNo, "handleOrder")).as("the duty leader may dispatch it himself").isNotNull();
    }

    @Test
    void aStepDoneInTimeLeavesNoTimerBehindAndALateCallbackWithNobodyOnDutyGoesToTheNextLevel() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        String ticketNo = pi.getBusinessKey();
        fixture.complete("manager1", task(ticketNo, "dispatch"), departments("billing"));
        assertThat(sla.jobsAt(pi, "dispatch")).as("the dispatch's timeout went with its task").isEmpty();
        fixture.complete("billing1", task(ticketNo, "handleOrder"), Map.of("orderOutcome", "RESOLVED", "receipt", "已处理",
                "receiptCause", "核实属实", "receiptMeasures", "已整改"));
        fixture.complete("handler1", task(ticketNo, "reviewReceipt"), Map.of("receiptAccepted", true));
        // The callback is due at 09:00 on Tuesday; take Tuesday's day-shift leader off the roster.
        jdbc.sql("delete from shift where employee = 'leader1' and shift_date = ?").param(SlaFixture.MONDAY.plusDays(1))
                .update();
        at(Duration.ofHours(24));
        sla.fire(pi, "callback");

        assertThat(fixture.candidateGroups(task(ticketNo, "callback"))).contains("agent", "cs-director");
        assertThat(outbox(ticketNo)).containsExactly("director1@callcentre.example");
        assertThat(trailDetails(ticketNo, "centreStepBreach")).singleElement().asString()
                .contains("回访客户", "无当班值班长");
    }

    private List<String> outbox(String ticketNo) {
        return jdbc.sql("select recipient from mail_outbox where ticket_no = ? and event = 'STEP_BREACH'")
                .param(ticketNo).query(String.class).list();
    }

    private List<String> trailOutcomes(String ticketNo, String step) {
        return jdbc.sql("select outcome from ticket_trail where ticket_no = ? and step = ?")
                .params(ticketNo, step).query(String.class).list();
    }

    private List<String> trailDetails(String ticketNo, String step) {
        return jdbc.sql("select detail from ticket_trail where ticket_no = ? and step = ?")
                .params(ticketNo, step).query(String.class).list();
    }

    private Task task(String ticketNo, String key) {
        return fixture.task(ticketNo, key);
    }

    /** Monday 09:00 plus {@code hours}:{@code minutes}, plus a limit of {@code limitHours}. */
    private static Date due(int hours, int minutes, int limitHours) {
        return Date.from(MONDAY_9.plus(Duration.ofHours(hours).plusMinutes(minutes).plusHours(limitHours)));
    }

    private static Map<String, Object> departments(String... codes) {
        return Map.of("departments", SpinValues.jsonValue(Spin.JSON(List.of(codes)).toString()).create());
    }
}
