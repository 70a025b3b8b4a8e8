package com.callcentre.workflow.handover;

import static com.callcentre.workflow.handover.HandoverFixture.DAY;
import static com.callcentre.workflow.handover.HandoverFixture.DAY_HANDOVER;
import static com.callcentre.workflow.handover.HandoverFixture.clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.system.ShownText;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through {@code shift-handover} (HO-1, HO-2, HO-4, HO-5), at the engine's clock: at the
 * DAY shift's end the outgoing duty leader gets the snapshot, writes the note and signs; the
 * incoming confirms face to face as a whole or item by item and signs, or refuses (back to the
 * outgoing); unconfirmed, the leaders are reminded and then the cs-director is told; a second
 * start for the same shift does nothing.
 */
@ApplicationTest
class HandoverProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    HandoverFixture fixture;
    @Autowired
    Handovers handovers;

    @BeforeEach
    void setUp() {
        init(engine);
        fixture.rosterTheDay();
        clock("2030-08-13T10:00+08:00");
    }

    @AfterEach
    void cleanUp() {
        fixture.clean();
    }

    private static Map<String, Object> confirm(String how, String items) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("confirmation", how);
        answers.put("faceToFace", true);
        if (items != null) {
            answers.put("confirmedItems", items);
        }
        return answers;
    }

    private ProcessInstance atTheShiftsEnd() {
        clock("2030-08-13T16:00+08:00");
        ProcessInstance pi = fixture.shiftEnds();
        assertThat(pi).isNotNull();
        assertThat(pi.getBusinessKey()).isEqualTo(DAY_HANDOVER);
        return pi;
    }

    private Handover record() {
        return handovers.find(DAY_HANDOVER).orElseThrow();
    }

    @Test
    void ho1AtTheShiftsEndTheOutgoingSignsTheSnapshotAndTheIncomingConfirmsFaceToFaceAsAWhole() {
        fixture.logged("用户 <b>王先生</b> 多次来电投诉话费，已安抚");
        fixture.approvedLeave();
        String ticket = fixture.openTicket("2030-08-13T14:00+08:00");
        ProcessInstance pi = atTheShiftsEnd();

        BpmnAwareTests.assertThat(pi).isWaitingAt("handOver").task().isAssignedTo("leader1");
        Task handOver = fixture.task(pi, "handOver");
        assertThat(handOver.getName()).isEqualTo("交班");
        assertThat(handOver.getDescription()).contains("HO-1", "HO-2", "HO-4", "HO-5");
        assertThat(fixture.candidateGroups(handOver)).as("the outgoing's alone").isEmpty();
        Handover opened = record();
        String snapshot = (String) engine.getRuntimeService().getVariable(pi.getId(), "snapshotText");
        assertThat(snapshot).contains("#### 未结工单", "工单 " + ShownText.literal(ticket), "已超时 2 小时 0 分钟",
                "#### 本班超时", ShownText.literal("本班超时，时限 08-13 14:00"), "#### 当日请假（1）", "刘洋 病假",
                "#### 当日换班（1）", "张伟 换班上中班", "#### 值班日志（1）", "【疑难问题】");
        assertThat(snapshot).as("typed text shown as typed").contains(ShownText.literal("<b>王先生</b>"))
                .doesNotContain("<b>");
        assertThat(opened.items()).filteredOn(i -> i.kind() == Handover.Kind.BREACH).extracting(Handover.Item::ref)
                .containsExactly(ticket);
        assertThat(opened.status()).isEqualTo(Handover.Status.HANDING_OVER);
        assertThat(opened.outgoing()).isEqualTo("leader1");
        assertThat(opened.incoming()).isEqualTo("leader2");
        assertThat(opened.responsible()).as("HO-4").isEqualTo("leader1");
        assertThat(opened.items()).extracting(Handover.Item::kind).contains(Handover.Kind.TICKET,
                Handover.Kind.BREACH, Handover.Kind.LEAVE, Handover.Kind.SWAP, Handover.Kind.LOG);

        clock("2030-08-13T16:05+08:00");
        fixture.complete("leader1", handOver, Map.of("handoverNote", "3 号机位耳机损坏，已报修"));

        BpmnAwareTests.assertThat(pi).isWaitingAt("takeOver").task().isAssignedTo("leader2");
        Handover signed = record();
        assertThat(signed.status()).isEqualTo(Handover.Status.AWAITING);
        assertThat(signed.handoverNote()).isEqualTo("3 号机位耳机损坏，已报修");
        assertThat(signed.outgoingSignedBy()).as("HO-2: staff number").isEqualTo("leader1");
        assertThat(signed.outgoingSignedAt().toInstant()).isEqualTo(OffsetDateTime.parse("2030-08-13T16:05+08:00").toInstant());
        assertThat(signed.responsible()).as("HO-4: until the incoming confirms").isEqualTo("leader1");
        assertThat(signed.items()).allSatisfy(i -> assertThat(i.outgoingSeenAt()).isNotNull());
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "outgoingSignedText")).asString()
                .contains("leader1", "2030-08-13 16:05");

        clock("2030-08-13T16:10+08:00");
        fixture.complete("leader2", fixture.task(pi, "takeOver"), confirm("ALL", null));

        BpmnAwareTests.assertThat(pi).hasPassed("handoverSigned", "handoverCompleted").isEnded();
        Handover taken = record();
        assertThat(taken.status()).isEqualTo(Handover.Status.TAKEN_OVER);
        assertThat(taken.incomingSignedBy()).isEqualTo("leader2");
        assertThat(taken.incomingSignedAt().toInstant()).isEqualTo(OffsetDateTime.parse("2030-08-13T16:10+08:00").toInstant());
        assertThat(taken.faceToFace()).as("HO-1").isTrue();
        assertThat(taken.confirmation()).isEqualTo("ALL");
        assertThat(taken.responsible()).isEqualTo("leader2");
        assertThat(taken.items()).allSatisfy(i -> {
            assertThat(i.confirmedBy()).isEqualTo("leader2");
            assertThat(i.incomingSeenAt()).isNotNull();
        });
        assertThat(fixture.mail(DAY_HANDOVER)).as("confirmed in time: no reminder").isEmpty();
    }

    @Test
    void ho5ItemByItemTheUnconfirmedItemsStayTheOutgoings() {
        fixture.logged("交换机告警一次");
        fixture.approvedLeave();
        ProcessInstance pi = atTheShiftsEnd();
        fixture.complete("leader1", fixture.task(pi, "handOver"), Map.of("handoverNote", "见清单"));
        Handover signed = record();
        int leave = signed.items().stream().filter(i -> i.kind() == Handover.Kind.LEAVE).findFirst().orElseThrow().itemNo();

        fixture.complete("leader2", fixture.task(pi, "takeOver"), confirm("ITEMS", String.valueOf(leave)));

        BpmnAwareTests.assertThat(pi).isEnded();
        Handover taken = record();
        assertThat(taken.confirmation()).isEqualTo("ITEMS");
        assertThat(taken.items()).filteredOn(i -> i.confirmedBy() != null).extracting(Handover.Item::itemNo)
                .containsExactly(leave);
        assertThat(taken.items()).filteredOn(i -> i.kind() == Handover.Kind.LOG)
                .extracting(Handover.Item::confirmedBy, i -> i.incomingSeenAt() != null, i -> i.outgoingSeenAt() != null)
                .containsExactly(tuple(null, true, true));
    }

    @Test
    void ho5ARefusalWithItsReasonGoesBackToTheOutgoingWhoStaysResponsible() {
        ProcessInstance pi = atTheShiftsEnd();
        fixture.complete("leader1", fixture.task(pi, "handOver"), Map.of("handoverNote", "无特殊情况"));

        fixture.complete("leader2", fixture.task(pi, "takeOver"),
                Map.of("confirmation", "REFUSE", "refuseReason", "未说明 3 号机位故障"));

        BpmnAwareTests.assertThat(pi).isWaitingAt("handOver").task().isAssignedTo("leader1");
        Handover refused = record();
        assertThat(refused.status()).isEqualTo(Handover.Status.HANDING_OVER);
        assertThat(refused.refusals()).isEqualTo(1);
        assertThat(refused.lastRefusal()).isEqualTo("未说明 3 号机位故障");
        assertThat(refused.responsible()).as("HO-4").isEqualTo("leader1");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "refusalText")).asString()
                .contains("未说明 3 号机位故障", "leader2");

        fixture.complete("leader1", fixture.task(pi, "handOver"), Map.of("handoverNote", "3 号机位耳机损坏，已报修"));
        BpmnAwareTests.assertThat(pi).isWaitingAt("takeOver");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "confirmation"))
                .as("the next answer is asked afresh").isNull();
        fixture.complete("leader2", fixture.task(pi, "takeOver"), confirm("ALL", null));

        BpmnAwareTests.assertThat(pi).isEnded();
        assertThat(record().handoverNote()).isEqualTo("3 号机位耳机损坏，已报修");
        assertThat(record().status()).isEqualTo(Handover.Status.TAKEN_OVER);
    }

    @Test
    void ho4UnconfirmedTheLeadersAreRemindedThenTheCsDirectorIsToldAndTheOutgoingStaysResponsible() {
        ProcessInstance pi = atTheShiftsEnd();

        clock("2030-08-13T16:14+08:00");
        assertThat(fixture.fire(pi, "remindTimer")).as("handover.remind-after: 15 minutes").isFalse();
        clock("2030-08-13T16:15+08:00");
        assertThat(fixture.fire(pi, "remindTimer")).isTrue();

        assertThat(fixture.mail(DAY_HANDOVER)).extracting(HandoverFixture.Queued::event, HandoverFixture.Queued::recipient)
                .contains(tuple("HANDOVER_REMINDER", fixture.email("leader1")),
                        tuple("HANDOVER_REMINDER", fixture.email("leader2")));
        assertThat(fixture.mail(DAY_HANDOVER).get(0).text()).contains("赵磊（leader1）", "15 分钟");
        assertThat(record().remindedAt()).isNotNull();
        BpmnAwareTests.assertThat(pi).isWaitingAt("handOver");

        clock("2030-08-13T16:29+08:00");
        assertThat(fixture.fire(pi, "escalateTimer")).as("handover.escalate-after: 30 minutes").isFalse();
        clock("2030-08-13T16:30+08:00");
        assertThat(fixture.fire(pi, "escalateTimer")).isTrue();

        assertThat(fixture.mail(DAY_HANDOVER)).extracting(HandoverFixture.Queued::event, HandoverFixture.Queued::recipient)
                .contains(tuple("HANDOVER_OVERDUE", fixture.email("director1")));
        assertThat(record().escalatedAt()).isNotNull();
        assertThat(record().responsible()).isEqualTo("leader1");
        assertThat(fixture.logTexts()).anySatisfy(t -> assertThat(t).contains(DAY_HANDOVER, "已上报客服部主任",
                "赵磊（leader1） 仍负责"));
        BpmnAwareTests.assertThat(pi).isWaitingAt("handOver");

        fixture.complete("leader1", fixture.task(pi, "handOver"), Map.of("handoverNote", "迟交"));
        fixture.complete("leader2", fixture.task(pi, "takeOver"), confirm("ALL", null));
        BpmnAwareTests.assertThat(pi).hasPassed("leadersReminded", "csDirectorTold", "handoverCompleted").isEnded();
    }

    @Test
    void ho4StartedLateTheReminderAndTheEscalationStillCountFromTheShiftsEnd() {
        clock("2030-08-13T16:20+08:00");
        ProcessInstance pi = fixture.shiftEnds();
        assertThat(pi.getBusinessKey()).as("the DAY shift, ended 20 minutes ago").isEqualTo(DAY_HANDOVER);

        assertThat(fixture.due(pi, "remindTimer")).as("the shift's end + handover.remind-after")
                .isEqualTo(OffsetDateTime.parse("2030-08-13T16:15+08:00").toInstant());
        assertThat(fixture.due(pi, "escalateTimer")).as("the shift's end + handover.escalate-after")
                .isEqualTo(OffsetDateTime.parse("2030-08-13T16:30+08:00").toInstant());
        assertThat(fixture.fire(pi, "remindTimer")).as("due since 16:15, not 15 minutes after this start").isTrue();
        assertThat(fixture.mail(DAY_HANDOVER)).extracting(HandoverFixture.Queued::event)
                .contains("HANDOVER_REMINDER");

        clock("2030-08-13T16:29+08:00");
        assertThat(fixture.fire(pi, "escalateTimer")).isFalse();
        clock("2030-08-13T16:30+08:00");
        assertThat(fixture.fire(pi, "escalateTimer")).as("30 minutes after the shift's end").isTrue();
        assertThat(record().escalatedAt()).isNotNull();
        BpmnAwareTests.assertThat(pi).isWaitingAt("handOver");
    }

    @Test
    void ho1ASecondStartForTheSameShiftOpensNoSecondHandover() {
        ProcessInstance first = atTheShiftsEnd();

        clock("2030-08-13T16:20+08:00");
        ProcessInstance second = fixture.shiftEnds();

        assertThat(second).as("ended at once").isNull();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("noHandoverNeeded")
                .finished().count()).isPositive();
        assertThat(fixture.handovers()).isOne();
        BpmnAwareTests.assertThat(first).isWaitingAt("handOver");
    }

    @Test
    void ho1WithNoDutyLeaderOnTheNextShiftTheCsDirectorTakesOverAndSigns() {
        clock("2030-08-14T00:00+08:00");
        ProcessInstance pi = fixture.shiftEnds();

        assertThat(pi.getBusinessKey()).as("the EVENING shift of the 13th, nobody rostered after it")
                .isEqualTo("JB20300813-EVENING");
        BpmnAwareTests.assertThat(pi).isWaitingAt("handOver").task().isAssignedTo("leader2");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "incomingName")).asString()
                .contains("由客服部主任接班");
        fixture.complete("leader2", fixture.task(pi, "handOver"), Map.of("handoverNote", "夜班无值班长，交客服部主任"));

        Task takeOver = fixture.task(pi, "takeOver");
        assertThat(takeOver.getAssignee()).isNull();
        assertThat(fixture.candidateGroups(takeOver)).containsExactly("cs-director");
        fixture.as("director1", () -> {
            engine.getTaskService().claim(takeOver.getId(), "director1");
            return null;
        });
        fixture.complete("director1", takeOver, confirm("ALL", null));

        BpmnAwareTests.assertThat(pi).isEnded();
        Handover taken = handovers.find("JB20300813-EVENING").orElseThrow();
        assertThat(taken.incoming()).isNull();
        assertThat(taken.incomingSignedBy()).isEqualTo("director1");
        assertThat(taken.responsible()).isEqualTo("director1");
    }
}
