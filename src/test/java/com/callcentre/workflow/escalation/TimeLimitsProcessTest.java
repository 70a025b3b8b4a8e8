package com.callcentre.workflow.escalation;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.complaint.ComplaintService;
import com.callcentre.workflow.complaint.DepartmentOrder;
import com.callcentre.workflow.complaint.TicketTrail;
import com.callcentre.workflow.complaint.TicketView;
import com.callcentre.workflow.system.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The time limits of SL-1 to SL-5 and the escalation of SL-2/SL-3, driven through the engine
 * by moving its clock. Every case starts on Monday 2030-03-04 09:00 in Shanghai (SlaFixture).
 */
@ApplicationTest
class TimeLimitsProcessTest {

    static final Instant MONDAY_9 = SlaFixture.MONDAY_9;

    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture fixture;
    @Autowired
    ComplaintService complaints;
    @Autowired
    SlaFixture sla;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void startOnMondayMorning() {
        init(engine);
        sla.startOnMondayMorning();
    }

    @AfterEach
    void resetClock() {
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }

    // --- SL-1, SL-4: the limits of the decision table ----------------------------------------

    @Test
    void ordinaryOrderIsDueInFortyEightHoursWithTheReminderAtThreeQuarters() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        Task order = dispatch(pi, "billing");

        assertThat(order.getDueDate()).isEqualTo(hours(48));
        assertThat(order.getFollowUpDate()).isEqualTo(hours(36));
        TicketView view = view(pi);
        assertThat(view.customerClock().answerDeadline().toInstant()).isEqualTo(MONDAY_9.plus(Duration.ofHours(48)));
        DepartmentOrder.Clocks clocks = view.orders().get(0).clocks();
        assertThat(clocks.acknowledgeDeadline().toInstant()).isEqualTo(MONDAY_9.plus(Duration.ofHours(4)));
        assertThat(clocks.resolveDeadline().toInstant()).isEqualTo(MONDAY_9.plus(Duration.ofHours(48)));
        assertThat(clocks.resolveBreached()).isFalse();
        assertThat(view.currentSteps()).extracting(TicketView.Step::due).containsExactly(hours(48).toInstant()
                .atOffset(java.time.ZoneOffset.UTC));
    }

    @Test
    void higherVipLevelsAndMajorComplaintsHaveShorterLimits() {
        Task gold = dispatch(fixture.register("agent1", with(billingComplaint(), "vipLevel", "GOLD")), "billing");
        Task diamond = dispatch(fixture.register("agent1", with(billingComplaint(), "vipLevel", "DIAMOND")), "billing");
        Task major = dispatch(fixture.register("agent1", with(billingComplaint(), "major", true)), "billing");

        assertThat(gold.getDueDate()).isEqualTo(hours(24));
        assertThat(diamond.getDueDate()).isEqualTo(hours(12));
        assertThat(major.getDueDate()).isEqualTo(hours(4));
        assertThat(major.getFollowUpDate()).isEqualTo(hours(3));
    }

    // --- SL-5: a department with office hours ------------------------------------------------

    @Test
    void officeHoursDepartmentCountsOnlyItsWorkingTime() {
        ProcessInstance pi = fixture.register("agent1", with(billingComplaint(), "category", "PRODUCT"));
        Task order = dispatch(pi, "business"); // 08:30-17:30 on working days

        // 48 working hours from Monday 09:00: 8.5 + 4 × 9 = 44.5 by Friday 17:30, 3.5 more on Monday.
        assertThat(order.getDueDate()).isEqualTo(Date.from(Instant.parse("2030-03-11T04:00:00Z")));
    }

    // --- acknowledge --------------------------------------------------------------------------

    @Test
    void claimingAnOrderAcknowledgesItAndALateClaimIsMarked() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        Task order = dispatch(pi, "billing");
        at(Duration.ofHours(5));
        fixture.as("billing1", () -> {
            engine.getTaskService().claim(order.getId(), "billing1");
            return null;
        });

        DepartmentOrder.Clocks clocks = view(pi).orders().get(0).clocks();
        assertThat(clocks.acknowledgedBy()).isEqualTo("billing1");
        assertThat(clocks.acknowledgeBreached()).isTrue();
        assertThat(view(pi).trail()).anySatisfy(e -> {
            assertThat(e.step()).isEqualTo("acknowledgeOrder");
            assertThat(e.outcome()).isEqualTo("LATE");
        });
    }

    // --- SL-4: reminder -----------------------------------------------------------------------

    @Test
    void reminderPointIsReachedAtThreeQuartersAndRecorded() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        dispatch(pi, "billing");
        at(Duration.ofHours(36).minusMinutes(1));
        assertThat(dueTimer(pi, "reminderTimer")).isEmpty();
        at(Duration.ofHours(36));
        fire(pi, "reminderTimer");

        assertThat(view(pi).trail()).extracting(TicketTrail.Entry::step).contains("reminder");
        assertThat(sla.mailJobs(pi)).as("the reminder mail is queued, sent by a delivery of its own").isNotEmpty();
    }

    // --- SL-2, SL-3: escalation level by level ------------------------------------------------

    @Test
    void breachGivesTheDutyLeaderASupervisionTaskWhileTheOrderStaysOpen() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        dispatch(pi, "billing");
        at(Duration.ofHours(48).minusMinutes(1));
        assertThat(dueTimer(pi, "breachTimer")).isEmpty();
        at(Duration.ofHours(48));
        fire(pi, "breachTimer");

        Task supervision = fixture.task(pi.getBusinessKey(), "superviseLevel1");
        assertThat(fixture.candidateGroups(supervision)).containsExactly("duty-leader");
        assertThat(supervision.getAssignee()).as("the duty leader on duty on Wednesday 09:00").isEqualTo("leader1");
        assertThat(engine.getTaskService().getVariablesLocal(supervision.getId()))
                .containsKeys("overdueText", "orderHistory");
        assertThat(fixture.task(pi.getBusinessKey(), "handleOrder")).as("still with the department").isNotNull();
        assertThat(sla.mailJobs(pi)).as("the mail does not hold up the supervision").isNotEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId())
                .variableValueEquals("breached", true).variableValueEquals("escalationLevel", 1).count())
                .as("Cockpit's instance search finds it (SL-6)").isEqualTo(1);
        DepartmentOrder.Clocks clocks = view(pi).orders().get(0).clocks();
        assertThat(clocks.resolveBreached()).isTrue();
        assertThat(clocks.escalationLevel()).isEqualTo(1);
        assertThat(clocks.state()).isEqualTo("BREACHED");
    }

    @Test
    void withNoDutyLeaderOnDutyTheBreachGoesToTheNextLevel() {
        ProcessInstance pi = fixture.register("agent1", with(billingComplaint(), "vipLevel", "DIAMOND"));
        dispatch(pi, "billing");
        // 12 hours: Monday 21:00, leader2's evening shift; take it off the roster.
        jdbc.sql("delete from shift where employee = 'leader2' and shift_date = ?").param(SlaFixture.MONDAY).update();
        at(Duration.ofHours(12));
        fire(pi, "breachTimer");

        Task supervision = fixture.task(pi.getBusinessKey(), "superviseLevel1");
        assertThat(supervision.getAssignee()).isNull();
        assertThat(fixture.candidateGroups(supervision)).containsExactly("cs-director");
        assertThat(view(pi).trail()).anySatisfy(e -> assertThat(e.outcome()).isEqualTo("NO_LEADER_ON_DUTY"));
    }

    @Test
    void escalationGoesUpLevelByLevelWithoutSkipping() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        dispatch(pi, "billing");
        at(Duration.ofHours(48));
        fire(pi, "breachTimer");
        at(Duration.ofHours(60).minusMinutes(1));
        assertThat(dueTimer(pi, "level2Timer")).as("a further 12 hours").isEmpty();
        at(Duration.ofHours(60));
        fire(pi, "level2Timer");
        assertThat(fixture.candidateGroups(fixture.task(pi.getBusinessKey(), "superviseLevel2")))
                .containsExactly("cs-director");
        at(Duration.ofHours(72));
        fire(pi, "level3Timer");

        assertThat(fixture.candidateGroups(fixture.task(pi.getBusinessKey(), "superviseLevel3")))
                .containsExactly("center-director");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "escalationLevel")).isEqualTo(3);
        fixture.complete("director1", fixture.task(pi.getBusinessKey(), "superviseLevel2"),
                Map.of("supervisionInstruction", "计费部主管今日到岗处理"));
        fixture.complete("centerdirector1", fixture.task(pi.getBusinessKey(), "superviseLevel3"),
                Map.of("supervisionInstruction", "明早例会通报"));
        assertThat(view(pi).trail()).extracting(TicketTrail.Entry::step)
                .containsSubsequence("escalateLevel1", "escalateLevel2", "escalateLevel3", "superviseLevel2",
                        "superviseLevel3");
        assertThat(view(pi).trail()).extracting(TicketTrail.Entry::actor).contains("director1", "centerdirector1");
    }

    @Test
    void departmentAnsweringAfterTheBreachEndsTheEscalation() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        dispatch(pi, "billing");
        at(Duration.ofHours(48));
        fire(pi, "breachTimer");
        fixture.complete("leader1", fixture.task(pi.getBusinessKey(), "superviseLevel1"),
                Map.of("supervisionInstruction", "请计费部今日内回单"));
        fixture.complete("billing1", fixture.task(pi.getBusinessKey(), "handleOrder"),
                Map.of("orderOutcome", "RESOLVED", "receipt", "已退费", "receiptCause", "核实属实", "receiptMeasures", "已整改"));

        assertThat(fixture.task(pi.getBusinessKey(), "reviewReceipt")).isNotNull();
        assertThat(sla.jobsAt(pi, "level2Timer")).as("no level 2 is left to come").isEmpty();
        assertThat(sla.jobsAt(pi, "level3Timer")).as("nor level 3").isEmpty();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().count())
                .as("only the review's own limit (CentreClock) and the customer's-answer clock (SL-1)").isEqualTo(2);
        assertThat(sla.jobsAt(pi, "answerReminderTimer")).as("SL-1 runs apart from the order's escalation").hasSize(1);
        assertThat(view(pi).trail()).anySatisfy(e -> assertThat(e.detail()).contains("请计费部今日内回单"));
    }

    @Test
    void majorComplaintGoesStraightToTheCsDirectorAndTheDutyLeaderIsToldAfterwards() {
        ProcessInstance pi = fixture.register("agent1", with(billingComplaint(), "major", true));
        dispatch(pi, "billing");
        at(Duration.ofHours(4));
        fire(pi, "breachTimer");
        fire(pi, "level2Timer");

        assertThat(fixture.tasks(pi.getBusinessKey(), "superviseLevel1")).as("越级: no duty-leader level").isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("mail-delivery")
                .processInstanceBusinessKey(pi.getBusinessKey()).variableValueLike("mailTo", "leader%").count())
                .as("the duty leader is told").isPositive();
        assertThat(fixture.candidateGroups(fixture.task(pi.getBusinessKey(), "superviseLevel2")))
                .containsExactly("cs-director");
        at(Duration.ofHours(16));
        fire(pi, "level3Timer");
        assertThat(fixture.candidateGroups(fixture.task(pi.getBusinessKey(), "superviseLevel3")))
                .containsExactly("center-director");
    }

    // --- SL-5: waiting for the customer pauses the clocks --------------------------------------

    @Test
    void waitingForTheCustomerPausesTheClocksAndResumingKeepsTheTimeLeft() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        dispatch(pi, "billing");
        at(Duration.ofHours(10));
        fixture.complete("billing1", fixture.task(pi.getBusinessKey(), "handleOrder"),
                Map.of("orderOutcome", "NEED_INFO", "infoRequest", "请客户提供被扣费当天的短信截图"));

        Task request = fixture.task(pi.getBusinessKey(), "requestCustomerInfo");
        assertThat(request.getAssignee()).as("the first-contact owner asks the customer (CP-2)").isEqualTo("agent1");
        at(Duration.ofHours(48));
        assertThat(dueTimer(pi, "breachTimer")).as("no breach while paused").isEmpty();
        at(Duration.ofHours(40 + 30));
        fixture.complete("agent1", request, Map.of("customerInfo", "客户已发来截图"));

        // 38 of the 48 hours were left; the reminder was 26 hours away.
        Task resumed = fixture.task(pi.getBusinessKey(), "handleOrder");
        assertThat(resumed.getDueDate()).isEqualTo(hours(70 + 38));
        assertThat(resumed.getFollowUpDate()).isEqualTo(hours(70 + 26));
        assertThat(engine.getTaskService().getVariable(resumed.getId(), "orderOutcome"))
                .as("the form does not open with the last answer").isNull();
        assertThat(engine.getTaskService().getVariable(resumed.getId(), "customerInfo")).isEqualTo("客户已发来截图");
        DepartmentOrder.Clocks clocks = view(pi).orders().get(0).clocks();
        assertThat(clocks.state()).isEqualTo("RUNNING");
        assertThat(clocks.pausedTotal()).isEqualTo(Duration.ofHours(60));
        assertThat(clocks.resolveBreached()).isFalse();
        assertThat(view(pi).trail()).extracting(TicketTrail.Entry::step)
                .containsSubsequence("pauseClock", "requestCustomerInfo", "resumeClock");
        at(Duration.ofHours(70 + 38));
        fire(pi, "breachTimer");
        assertThat(fixture.task(pi.getBusinessKey(), "superviseLevel1")).isNotNull();
    }

    @Test
    void pauseAfterTheBreachHoldsTheNextLevelBackByAsLongAsThePause() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        dispatch(pi, "billing");
        at(Duration.ofHours(48));
        fire(pi, "breachTimer");
        at(Duration.ofHours(50));
        fixture.complete("billing1", fixture.task(pi.getBusinessKey(), "handleOrder"),
                Map.of("orderOutcome", "NEED_INFO", "infoRequest", "请客户确认账号"));
        at(Duration.ofHours(60));
        fixture.complete("agent1", fixture.task(pi.getBusinessKey(), "requestCustomerInfo"),
                Map.of("customerInfo", "账号已确认"));

        // Level 2 was due 12 h after the breach (60 h); the 10 h pause moves it to 70 h.
        assertThat(jobsAt(pi, "level2Timer").get(0).getDuedate()).isEqualTo(hours(70));
        Task resumed = fixture.task(pi.getBusinessKey(), "handleOrder");
        assertThat(engine.getTaskService().getVariable(resumed.getId(), "escalation2At")).isEqualTo(hours(70));
        assertThat(resumed.getDueDate()).as("the passed deadline stays passed").isEqualTo(hours(48));
        at(Duration.ofHours(70));
        fire(pi, "level2Timer");
    }

    @Test
    void pauseBeforeTheClaimAlsoStopsTheAcknowledgeClock() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        Task order = dispatch(pi, "billing");
        at(Duration.ofHours(2));
        fixture.as("billing1", () -> {
            engine.getTaskService().complete(order.getId(), Map.of("orderOutcome", "NEED_INFO", "infoRequest", "请客户提供地址"));
            return null;
        });
        at(Duration.ofHours(12));
        fixture.complete("agent1", fixture.task(pi.getBusinessKey(), "requestCustomerInfo"), Map.of("customerInfo", "地址已提供"));

        // 2 of the 4 acknowledge hours were left at the pause.
        DepartmentOrder.Clocks clocks = view(pi).orders().get(0).clocks();
        assertThat(clocks.acknowledgeDeadline().toInstant()).isEqualTo(MONDAY_9.plus(Duration.ofHours(14)));
        assertThat(clocks.acknowledgeBreached()).isFalse();
        assertThat(clocks.pausedTotal()).isEqualTo(Duration.ofHours(10));
    }

    @Test
    void askingTheCustomerWithoutSayingWhatIsRefused() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        Task order = dispatch(pi, "billing");

        assertThatThrownBy(() -> fixture.complete("billing1", order, Map.of("orderOutcome", "NEED_INFO")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("infoRequest");
        assertThat(fixture.tasks(pi.getBusinessKey(), "requestCustomerInfo")).isEmpty();
    }

    // --- helpers ------------------------------------------------------------------------------

    private Task dispatch(ProcessInstance pi, String department) {
        return sla.dispatch(pi, department);
    }

    private TicketView view(ProcessInstance pi) {
        return complaints.find(pi.getBusinessKey()).orElseThrow();
    }

    private static void at(Duration sinceMonday) {
        SlaFixture.at(sinceMonday);
    }

    private static Date hours(long hours) {
        return SlaFixture.hours(hours);
    }

    private List<Job> dueTimer(ProcessInstance pi, String activityId) {
        return sla.dueTimer(pi, activityId);
    }

    private void fire(ProcessInstance pi, String activityId) {
        sla.fire(pi, activityId);
    }

    private List<Job> jobsAt(ProcessInstance pi, String activityId) {
        return sla.jobsAt(pi, activityId);
    }
}
