package com.callcentre.workflow.escalation;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.complaint.ComplaintService;
import com.callcentre.workflow.complaint.TicketTrail;
import com.callcentre.workflow.complaint.TicketView;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SL-1, the customer's-answer clock (sub-process 客户答复时限): reminder, breach and each level
 * of SL-3, the major complaint's skip, the pause while the centre waits for the customer, and
 * its stop when the callback reaches the customer; driven by moving the engine's clock from
 * Monday 09:00 (SlaFixture: leader1 on the day shift, leader2 in the evening).
 */
@ApplicationTest
class AnswerClockProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture fixture;
    @Autowired
    ComplaintService complaints;
    @Autowired
    SlaFixture sla;

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
    void ownerIsRemindedThenTheAnswerEscalatesLevelByLevel() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        sla.dispatch(pi, "billing");
        assertThat(clock(pi).state()).isEqualTo("RUNNING");

        SlaFixture.at(Duration.ofHours(36).minusMinutes(1));
        assertThat(sla.dueTimer(pi, "answerReminderTimer")).as("the reminder at three quarters of 48 h").isEmpty();
        SlaFixture.at(Duration.ofHours(36));
        sla.fire(pi, "answerReminderTimer");
        assertThat(mailsTo(pi, "agent1")).as("the first-contact owner is reminded (SL-4)").isPositive();
        assertThat(view(pi).trail()).extracting(TicketTrail.Entry::step).contains("answerReminder");

        SlaFixture.at(Duration.ofHours(48));
        sla.fire(pi, "answerBreachTimer");
        Task level1 = fixture.task(pi.getBusinessKey(), "superviseAnswer1");
        assertThat(level1.getAssignee()).as("the duty leader on duty on Wednesday 09:00").isEqualTo("leader1");
        assertThat(level1.getName()).isEqualTo("值班长督办客户答复超时");
        assertThat(engine.getTaskService().getVariableLocal(level1.getId(), "overdueText").toString())
                .startsWith("客户答复时限 ");
        assertThat(mailsTo(pi, "leader1")).as("the leader on duty is told by e-mail").isPositive();
        assertThat(clock(pi).state()).isEqualTo("BREACHED");
        assertThat(clock(pi).level()).isEqualTo(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId())
                .variableValueEquals("breached", true).count()).as("Cockpit's search finds it (SL-6)").isOne();
        fixture.complete("leader1", level1, Map.of("supervisionInstruction", "请处理员今日内完成回访"));

        SlaFixture.at(Duration.ofHours(60).minusMinutes(1));
        assertThat(sla.dueTimer(pi, "answerLevel2Timer")).as("12 hours per level").isEmpty();
        SlaFixture.at(Duration.ofHours(60));
        sla.fire(pi, "answerLevel2Timer");
        assertThat(fixture.candidateGroups(fixture.task(pi.getBusinessKey(), "superviseAnswer2")))
                .containsExactly("cs-director");
        SlaFixture.at(Duration.ofHours(72));
        sla.fire(pi, "answerLevel3Timer");
        assertThat(fixture.candidateGroups(fixture.task(pi.getBusinessKey(), "superviseAnswer3")))
                .containsExactly("center-director");
        assertThat(clock(pi).level()).isEqualTo(3);
        assertThat(view(pi).trail()).extracting(TicketTrail.Entry::step).containsSubsequence("answerReminder",
                "escalateAnswer1", "superviseAnswer1", "escalateAnswer2", "escalateAnswer3");
        assertThat(view(pi).trail()).anySatisfy(e -> assertThat(e.detail()).contains("请处理员今日内完成回访"));
    }

    @Test
    void majorComplaintSkipsTheDutyLeaderWhoIsToldAfterwards() {
        ProcessInstance pi = fixture.register("agent1", with(billingComplaint(), "major", true));
        assertThat(clock(pi).answerDeadline().toInstant()).as("24 h for a major complaint")
                .isEqualTo(SlaFixture.hours(24).toInstant());
        SlaFixture.at(Duration.ofHours(18));
        sla.fire(pi, "answerReminderTimer");
        SlaFixture.at(Duration.ofHours(24));
        sla.fire(pi, "answerBreachTimer");
        sla.fire(pi, "answerLevel2Timer");

        assertThat(fixture.tasks(pi.getBusinessKey(), "superviseAnswer1")).as("越级: no duty-leader level").isEmpty();
        assertThat(fixture.candidateGroups(fixture.task(pi.getBusinessKey(), "superviseAnswer2")))
                .containsExactly("cs-director");
        assertThat(mailsTo(pi, "leader1")).as("the leader on duty is told of the skip").isPositive();
        SlaFixture.at(Duration.ofHours(36));
        sla.fire(pi, "answerLevel3Timer");
        assertThat(fixture.candidateGroups(fixture.task(pi.getBusinessKey(), "superviseAnswer3")))
                .containsExactly("center-director");
    }

    @Test
    void waitingForTheCustomerPausesTheClockAndItGoesOnWithTheTimeLeft() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        sla.dispatch(pi, "billing");
        SlaFixture.at(Duration.ofHours(10));
        fixture.complete("billing1", fixture.task(pi.getBusinessKey(), "handleOrder"),
                Map.of("orderOutcome", "NEED_INFO", "infoRequest", "请客户提供扣费短信截图"));
        assertThat(clock(pi).state()).isEqualTo("PAUSED");

        SlaFixture.at(Duration.ofHours(48));
        assertThat(sla.dueTimer(pi, "answerReminderTimer")).as("no reminder while paused").isEmpty();
        SlaFixture.at(Duration.ofHours(40));
        fixture.complete("agent1", fixture.task(pi.getBusinessKey(), "requestCustomerInfo"),
                Map.of("customerInfo", "客户已发来截图"));

        // Paused 30 hours: the reminder moves from 36 h to 66 h, the deadline from 48 h to 78 h.
        TicketView.CustomerClock clock = clock(pi);
        assertThat(clock.state()).isEqualTo("RUNNING");
        assertThat(clock.pausedMinutes()).isEqualTo(30 * 60);
        assertThat(clock.answerDeadline().toInstant()).isEqualTo(SlaFixture.hours(78).toInstant());
        assertThat(sla.jobsAt(pi, "answerReminderTimer").get(0).getDuedate()).isEqualTo(SlaFixture.hours(66));
        assertThat(view(pi).trail()).extracting(TicketTrail.Entry::step)
                .containsSubsequence("pauseAnswerClock", "requestCustomerInfo", "resumeAnswerClock");
        SlaFixture.at(Duration.ofHours(66));
        sla.fire(pi, "answerReminderTimer");
        SlaFixture.at(Duration.ofHours(78));
        sla.fire(pi, "answerBreachTimer");
        assertThat(fixture.task(pi.getBusinessKey(), "superviseAnswer1").getDueDate())
                .as("the supervision shows the moved deadline").isEqualTo(SlaFixture.hours(78));
    }

    @Test
    void pauseAfterTheBreachHoldsTheNextLevelBack() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        sla.dispatch(pi, "billing");
        SlaFixture.at(Duration.ofHours(36));
        sla.fire(pi, "answerReminderTimer");
        SlaFixture.at(Duration.ofHours(47));
        fixture.complete("billing1", fixture.task(pi.getBusinessKey(), "handleOrder"),
                Map.of("orderOutcome", "NEED_INFO", "infoRequest", "请客户确认账号"));
        SlaFixture.at(Duration.ofHours(57));
        fixture.complete("agent1", fixture.task(pi.getBusinessKey(), "requestCustomerInfo"),
                Map.of("customerInfo", "账号已确认"));

        assertThat(sla.jobsAt(pi, "answerBreachTimer").get(0).getDuedate()).as("1 h was left of 48")
                .isEqualTo(SlaFixture.hours(58));
        SlaFixture.at(Duration.ofHours(58));
        sla.fire(pi, "answerBreachTimer");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "answerLevel2At"))
                .as("level 2 twelve hours after the moved deadline").isEqualTo(SlaFixture.hours(70));
    }

    @Test
    void callbackThatReachesTheCustomerStopsTheClockAndAnUnreachableOneDoesNot() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        sla.dispatch(pi, "billing");
        SlaFixture.at(Duration.ofHours(48));
        sla.fire(pi, "answerReminderTimer");
        sla.fire(pi, "answerBreachTimer");
        fixture.complete("billing1", fixture.task(pi.getBusinessKey(), "handleOrder"),
                Map.of("orderOutcome", "RESOLVED", "receipt", "已退费", "receiptCause", "核实属实", "receiptMeasures", "已整改"));
        fixture.complete("handler1", fixture.task(pi.getBusinessKey(), "reviewReceipt"),
                Map.of("receiptAccepted", true, "reviewComment", ""));
        fixture.complete("agent1", fixture.task(pi.getBusinessKey(), "callback"),
                Map.of("callbackOutcome", "UNREACHABLE", "callbackNote", "无人接听"));
        assertThat(fixture.tasks(pi.getBusinessKey(), "superviseAnswer1")).as("not answered yet").hasSize(1);
        assertThat(sla.jobsAt(pi, "answerLevel2Timer")).hasSize(1);

        SlaFixture.at(Duration.ofHours(50));
        sla.fire(pi, "callbackRetryTimer");
        fixture.complete("agent1", fixture.task(pi.getBusinessKey(), "callback"),
                Map.of("callbackOutcome", "SATISFIED", "problemSolved", true, "callbackNote", "客户满意"));

        assertThat(fixture.tasks(pi.getBusinessKey(), "superviseAnswer1")).as("the supervision ends with it").isEmpty();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().count())
                .isZero();
        TicketView.CustomerClock clock = clock(pi);
        assertThat(clock.state()).isEqualTo("ANSWERED");
        assertThat(clock.answeredAt().toInstant()).isEqualTo(SlaFixture.hours(50).toInstant());
        assertThat(clock.breached()).as("answered two hours late").isTrue();
        assertThat(view(pi).trail()).anySatisfy(e -> {
            assertThat(e.step()).isEqualTo("customerAnswered");
            assertThat(e.outcome()).isEqualTo("LATE");
            assertThat(e.detail()).contains("超时 2小时");
        });
    }

    private TicketView view(ProcessInstance pi) {
        return complaints.find(pi.getBusinessKey()).orElseThrow();
    }

    private TicketView.CustomerClock clock(ProcessInstance pi) {
        return view(pi).customerClock();
    }

    private long mailsTo(ProcessInstance pi, String user) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("mail-delivery")
                .processInstanceBusinessKey(pi.getBusinessKey()).variableValueLike("mailTo", user + "%").count();
    }
}
