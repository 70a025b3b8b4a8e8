package com.callcentre.workflow.handover;

import static com.callcentre.workflow.handover.HandoverFixture.DAY_HANDOVER;
import static com.callcentre.workflow.handover.HandoverFixture.clock;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The handover's tasks attacked over {@code /engine-rest} as staff would (HO-1, HO-2, HO-5): a
 * completion with an extra variable, without the note, without face to face, a refusal without a
 * reason or unknown items is a 400 naming the field; by anyone but the duty leader it is refused,
 * and nobody claims the task or hands it on. Nothing changes: the task stays open, the record as it was.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class HandoverAttackTest {

    private static final String REST = "/engine-rest";

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ProcessEngine engine;
    @Autowired
    HandoverFixture fixture;
    @Autowired
    Handovers handovers;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixture.rosterTheDay();
        clock("2030-08-13T16:00+08:00");
    }

    @AfterEach
    void cleanUp() {
        fixture.clean();
    }

    private static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }

    private HttpResponse<String> complete(String user, Task task, Map<String, Object> variables) throws Exception {
        return api.post(REST + "/task/" + task.getId() + "/complete", user, Map.of("variables", variables));
    }

    private void stillOpen(Task task) {
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
    }

    @Test
    void ho2TheOutgoingsNoteIsRequiredNothingElseIsTakenAndNobodyElseSignsOrTakesTheTask() throws Exception {
        ProcessInstance pi = fixture.shiftEnds();
        Task handOver = fixture.task(pi, "handOver");

        HttpResponse<String> missing = complete("leader1", handOver, Map.of());
        HttpResponse<String> blank = complete("leader1", handOver, Map.of("handoverNote", value("  ")));
        HttpResponse<String> extra = complete("leader1", handOver, Map.of("handoverNote", value("无"),
                "incomingLeader", value("leader1")));
        HttpResponse<String> byOther = complete("leader2", handOver, Map.of("handoverNote", value("代交班")));
        HttpResponse<String> claim = api.post(REST + "/task/" + handOver.getId() + "/claim", "leader2",
                Map.of("userId", "leader2"));
        HttpResponse<String> handOn = api.post(REST + "/task/" + handOver.getId() + "/assignee", "leader1",
                Map.of("userId", "leader2"));

        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
        assertThat(missing.body()).contains("handoverNote");
        assertThat(missing.body()).contains("必填");
        assertThat(blank.statusCode()).as(blank.body()).isEqualTo(400);
        assertThat(blank.body()).contains("handoverNote");
        assertThat(extra.statusCode()).as(extra.body()).isEqualTo(400);
        assertThat(extra.body()).contains("incomingLeader");
        assertThat(byOther.statusCode()).as(byOther.body()).isIn(403, 404);
        assertThat(claim.statusCode()).as(claim.body()).isIn(403, 404);
        assertThat(handOn.statusCode()).as(handOn.body()).isBetween(400, 499);
        assertThat(handOn.body()).as("the refusal names who holds the task").contains("只能由 leader1 本人办理")
                .doesNotContain("leader2");
        stillOpen(handOver);
        Handover record = handovers.find(DAY_HANDOVER).orElseThrow();
        assertThat(record.status()).isEqualTo(Handover.Status.HANDING_OVER);
        assertThat(record.handoverNote()).isNull();
        assertThat(record.outgoingSignedBy()).isNull();
        assertThat(engine.getTaskService().createTaskQuery().taskId(handOver.getId()).singleResult().getAssignee())
                .isEqualTo("leader1");

        HttpResponse<String> done = complete("leader1", handOver, Map.of("handoverNote", value("无特殊情况")));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    @Test
    void ho1TheIncomingConfirmsOnlyFaceToFaceRefusesOnlyWithAReasonAndNamesOnlyItemsOfTheList() throws Exception {
        ProcessInstance pi = fixture.shiftEnds();
        fixture.complete("leader1", fixture.task(pi, "handOver"), Map.of("handoverNote", "无特殊情况"));
        Task takeOver = fixture.task(pi, "takeOver");

        HttpResponse<String> notFaceToFace = complete("leader2", takeOver, Map.of("confirmation", value("ALL")));
        HttpResponse<String> noReason = complete("leader2", takeOver, Map.of("confirmation", value("REFUSE")));
        HttpResponse<String> unknownItem = complete("leader2", takeOver, Map.of("confirmation", value("ITEMS"),
                "faceToFace", value(true), "confirmedItems", value("99")));
        HttpResponse<String> badChoice = complete("leader2", takeOver, Map.of("confirmation", value("LATER")));
        HttpResponse<String> extra = complete("leader2", takeOver, Map.of("confirmation", value("ALL"),
                "faceToFace", value(true), "responsible", value("leader1")));
        HttpResponse<String> byOutgoing = complete("leader1", takeOver, Map.of("confirmation", value("ALL"),
                "faceToFace", value(true)));

        assertThat(notFaceToFace.statusCode()).as(notFaceToFace.body()).isEqualTo(400);
        assertThat(notFaceToFace.body()).contains("faceToFace");
        assertThat(notFaceToFace.body()).contains("HO-1");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("refuseReason");
        assertThat(unknownItem.statusCode()).as(unknownItem.body()).isEqualTo(400);
        assertThat(unknownItem.body()).contains("confirmedItems");
        assertThat(badChoice.statusCode()).as(badChoice.body()).isEqualTo(400);
        assertThat(badChoice.body()).contains("confirmation");
        assertThat(extra.statusCode()).as(extra.body()).isEqualTo(400);
        assertThat(extra.body()).contains("responsible");
        assertThat(byOutgoing.statusCode()).as(byOutgoing.body()).isIn(403, 404);
        stillOpen(takeOver);
        Handover record = handovers.find(DAY_HANDOVER).orElseThrow();
        assertThat(record.status()).isEqualTo(Handover.Status.AWAITING);
        assertThat(record.responsible()).isEqualTo("leader1");
        assertThat(record.refusals()).isZero();
        assertThat(record.items()).allSatisfy(i -> assertThat(i.confirmedBy()).isNull());

        HttpResponse<String> done = complete("leader2", takeOver, Map.of("confirmation", value("ALL"),
                "faceToFace", value(true)));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(handovers.find(DAY_HANDOVER).orElseThrow().status()).isEqualTo(Handover.Status.TAKEN_OVER);
    }

    @Test
    void ho1AnAgentHandsOverOnlyToAnotherAgentOnlyTheFormsFieldAndOnlyOncePerShift() throws Exception {
        fixture.rostered("agent1", com.callcentre.workflow.staff.ShiftType.DAY);
        clock("2030-08-13T15:50+08:00");
        String start = REST + "/process-definition/key/" + com.callcentre.workflow.system.ProcessKeys.AGENT_HANDOVER
                + "/start";

        HttpResponse<String> toLeader = api.post(start, "agent1", Map.of("variables",
                Map.of("incomingAgent", value("leader1"))));
        HttpResponse<String> toSelf = api.post(start, "agent1", Map.of("variables",
                Map.of("incomingAgent", value("agent1"))));
        HttpResponse<String> extra = api.post(start, "agent1", Map.of("variables",
                Map.of("incomingAgent", value("agent2"), "outgoingAgent", value("agent3"))));
        HttpResponse<String> byLeader = api.post(start, "leader1", Map.of("variables",
                Map.of("incomingAgent", value("agent2"))));

        assertThat(toLeader.statusCode()).as(toLeader.body()).isEqualTo(400);
        assertThat(toLeader.body()).contains("incomingAgent", "HO-1");
        assertThat(toSelf.statusCode()).as(toSelf.body()).isEqualTo(400);
        assertThat(toSelf.body()).contains("incomingAgent");
        assertThat(extra.statusCode()).as(extra.body()).isEqualTo(400);
        assertThat(extra.body()).contains("outgoingAgent");
        assertThat(byLeader.statusCode()).as(byLeader.body()).isIn(403, 404);
        assertThat(fixture.handovers()).isZero();

        HttpResponse<String> fine = api.post(start, "agent1", Map.of("variables", Map.of("incomingAgent", value("agent2"))));
        assertThat(fine.statusCode()).as(fine.body()).isEqualTo(200);
        HttpResponse<String> again = api.post(start, "agent1", Map.of("variables", Map.of("incomingAgent", value("agent2"))));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(400);
        assertThat(fixture.handovers()).isOne();

        ProcessInstance pi = fixture.instance("JB20300813-DAY-agent1");
        Task handOver = fixture.task(pi, "handOverContacts");
        HttpResponse<String> byColleague = complete("agent2", handOver, Map.of("handoverNote", value("代写")));
        HttpResponse<String> claim = api.post(REST + "/task/" + handOver.getId() + "/claim", "agent3",
                Map.of("userId", "agent3"));
        assertThat(byColleague.statusCode()).as(byColleague.body()).isIn(403, 404);
        assertThat(claim.statusCode()).as(claim.body()).isIn(403, 404);
        stillOpen(handOver);
    }

    @Test
    void ho1AnAgentStartsTheirHandoverOnlyWithinTheHourBeforeTheirShiftsEndNotMidShift() throws Exception {
        fixture.rostered("agent1", com.callcentre.workflow.staff.ShiftType.DAY);
        String start = REST + "/process-definition/key/" + com.callcentre.workflow.system.ProcessKeys.AGENT_HANDOVER
                + "/start";
        Map<String, Object> toAgent2 = Map.of("variables", Map.of("incomingAgent", value("agent2")));

        clock("2030-08-13T10:00+08:00");
        HttpResponse<String> midShift = api.post(start, "agent1", toAgent2);
        clock("2030-08-13T14:59+08:00");
        HttpResponse<String> aMinuteEarly = api.post(start, "agent1", toAgent2);

        assertThat(midShift.statusCode()).as(midShift.body()).isEqualTo(400);
        assertThat(midShift.body()).contains("HO-1", "本班结束前 60 分钟内", "16:00 结束", "15:00 起可发起");
        assertThat(aMinuteEarly.statusCode()).as(aMinuteEarly.body()).isEqualTo(400);
        assertThat(fixture.handovers()).as("nothing started").isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(com.callcentre.workflow.system.ProcessKeys.AGENT_HANDOVER).count()).isZero();

        clock("2030-08-13T15:00+08:00");
        HttpResponse<String> inTheWindow = api.post(start, "agent1", toAgent2);
        assertThat(inTheWindow.statusCode()).as(inTheWindow.body()).isEqualTo(200);
        assertThat(fixture.instance("JB20300813-DAY-agent1")).isNotNull();
    }

    @Test
    void ho5AContradictoryAnswerOrAnItemNotOnTheListIsA400NamingTheFieldAndChangesNothing() throws Exception {
        ProcessInstance pi = fixture.shiftEnds();
        fixture.complete("leader1", fixture.task(pi, "handOver"), Map.of("handoverNote", "无特殊情况"));
        Task takeOver = fixture.task(pi, "takeOver");
        int count = handovers.find(DAY_HANDOVER).orElseThrow().items().size();
        assertThat(count).as("the day's swap at least").isPositive();

        HttpResponse<String> allWithItems = complete("leader2", takeOver, Map.of("confirmation", value("ALL"),
                "faceToFace", value(true), "confirmedItems", value("1")));
        HttpResponse<String> refusalWithItems = complete("leader2", takeOver, Map.of("confirmation", value("REFUSE"),
                "refuseReason", value("清单不清楚"), "confirmedItems", value("1")));
        HttpResponse<String> confirmedWithReason = complete("leader2", takeOver, Map.of("confirmation", value("ITEMS"),
                "faceToFace", value(true), "confirmedItems", value("1"), "refuseReason", value("清单不清楚")));
        HttpResponse<String> itemZero = complete("leader2", takeOver, Map.of("confirmation", value("ITEMS"),
                "faceToFace", value(true), "confirmedItems", value("0")));
        HttpResponse<String> pastTheEnd = complete("leader2", takeOver, Map.of("confirmation", value("ITEMS"),
                "faceToFace", value(true), "confirmedItems", value("1," + (count + 1))));
        HttpResponse<String> negative = complete("leader2", takeOver, Map.of("confirmation", value("ITEMS"),
                "faceToFace", value(true), "confirmedItems", value("-1")));
        HttpResponse<String> onlySeparators = complete("leader2", takeOver, Map.of("confirmation", value("ITEMS"),
                "faceToFace", value(true), "confirmedItems", value("，,")));

        assertThat(allWithItems.statusCode()).as(allWithItems.body()).isEqualTo(400);
        assertThat(allWithItems.body()).contains("confirmedItems", "全部确认时不填写条目序号", "HO-5");
        assertThat(refusalWithItems.statusCode()).as(refusalWithItems.body()).isEqualTo(400);
        assertThat(refusalWithItems.body()).contains("confirmedItems", "拒绝接班时不填写", "HO-5");
        assertThat(confirmedWithReason.statusCode()).as(confirmedWithReason.body()).isEqualTo(400);
        assertThat(confirmedWithReason.body()).contains("refuseReason", "HO-5");
        for (HttpResponse<String> notOnTheList : java.util.List.of(itemZero, pastTheEnd, negative)) {
            assertThat(notOnTheList.statusCode()).as(notOnTheList.body()).isEqualTo(400);
            assertThat(notOnTheList.body()).contains("confirmedItems", "交接清单共 " + count + " 项");
        }
        assertThat(onlySeparators.statusCode()).as(onlySeparators.body()).isEqualTo(400);
        assertThat(onlySeparators.body()).contains("confirmedItems", "须填写已确认的条目序号");
        stillOpen(takeOver);
        Handover record = handovers.find(DAY_HANDOVER).orElseThrow();
        assertThat(record.status()).isEqualTo(Handover.Status.AWAITING);
        assertThat(record.responsible()).isEqualTo("leader1");
        assertThat(record.refusals()).isZero();
        assertThat(record.confirmation()).isNull();
        assertThat(record.items()).allSatisfy(i -> assertThat(i.confirmedBy()).isNull());

        HttpResponse<String> done = complete("leader2", takeOver, Map.of("confirmation", value("ITEMS"),
                "faceToFace", value(true), "confirmedItems", value(String.valueOf(count))));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(handovers.find(DAY_HANDOVER).orElseThrow().items()).filteredOn(i -> i.confirmedBy() != null)
                .extracting(Handover.Item::itemNo).containsExactly(count);
    }
}
