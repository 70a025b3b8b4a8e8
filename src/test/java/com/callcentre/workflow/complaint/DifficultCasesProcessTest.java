package com.callcentre.workflow.complaint;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.Shown;
import com.callcentre.workflow.escalation.SlaFixture;
import com.callcentre.workflow.system.InvalidInputException;
import java.net.http.HttpResponse;
import java.util.HashMap;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hard cases (issue 15): an agent passes a contact to the duty leader on duty at intake and
 * stays its owner (CP-10, CP-11), or a difficult customer at the callback (CP-11); a handler
 * passes a complaint they cannot settle to the complaint manager and keeps the final reply
 * (CP-4). The clock is Monday 09:00 with leader1 on duty (SlaFixture).
 */
@ApplicationTest
class DifficultCasesProcessTest {

    private static final String REST = "/engine-rest";

    @LocalServerPort
    int port;
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

    // --- CP-10, CP-11 at intake ----------------------------------------------------------------

    @Test
    void agentPassesAContactToTheLeaderOnDutyWhoHasItDispatchedAndTheAgentStaysOwner() {
        ProcessInstance pi = fixture.register("agent1", referred("CANNOT_SOLVE", "客户要求减免历史欠费，超出坐席权限"));
        String ticketNo = pi.getBusinessKey();

        Task referral = fixture.task(ticketNo, "leaderReferral");
        assertThat(referral.getAssignee()).as("the duty leader on duty on Monday 09:00").isEqualTo("leader1");
        assertThat(fixture.candidateGroups(referral)).containsExactly("duty-leader");
        assertThat(referral.getDueDate()).as("the takeover's limit (complaint-sla)").isEqualTo(SlaFixture.hours(8));
        assertThat(fixture.tasks(ticketNo, "dispatch")).as("nothing goes on before the leader decides").isEmpty();
        assertThat(Shown.asTyped(engine.getTaskService().getVariableLocal(referral.getId(), "referralReasonShown")))
                .asString().contains("超出坐席权限");
        assertThat(view(ticketNo).status()).isEqualTo("WITH_DUTY_LEADER");

        fixture.complete("leader1", referral, Map.of("referralDecision", "DISPATCH",
                "referralInstruction", "请计费部核实欠费来源后答复"));

        Task dispatch = fixture.task(ticketNo, "dispatch");
        assertThat(Shown.asTyped(engine.getTaskService().getVariableLocal(dispatch.getId(), "trailText"))).asString()
                .as("the manager sees the leader's instruction").contains("请计费部核实欠费来源后答复");
        assertThat(view(ticketNo).owner()).as("CP-10: the agent stays the owner").isEqualTo("agent1");
        assertThat(view(ticketNo).trail()).extracting(TicketTrail.Entry::step, TicketTrail.Entry::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("referToLeader", "CANNOT_SOLVE"),
                        org.assertj.core.groups.Tuple.tuple("leaderReferral", "DISPATCH"));
    }

    @Test
    void leaderSettlesADifficultCustomersContactAndTheTicketIsArchivedWithTheConclusion() {
        ProcessInstance pi = fixture.register("agent1", referred("DIFFICULT_CUSTOMER", "客户反复辱骂坐席，要求高额赔偿"));
        String ticketNo = pi.getBusinessKey();

        fixture.complete("leader1", fixture.task(ticketNo, "leaderReferral"), Map.of("referralDecision", "SETTLED",
                "referralInstruction", "已由值班长向客户说明政策，属无理诉求"));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassed("archiveReferral");
        TicketView view = view(ticketNo);
        assertThat(view.status()).isEqualTo("ARCHIVED");
        assertThat(view.owner()).isEqualTo("agent1");
        assertThat(view.trail()).anySatisfy(e -> {
            assertThat(e.step()).isEqualTo("leaderReferral");
            assertThat(e.outcome()).isEqualTo("SETTLED");
            assertThat(e.detail()).contains("属无理诉求");
        });
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count())
                .as("the customer's-answer clock ends with it").isZero();
    }

    @Test
    void aReferralWithoutAReasonOrOfAContactSettledAtFirstContactIsRefused() {
        assertThatThrownBy(() -> fixture.register("agent1", referred("CANNOT_SOLVE", " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("referralReason");
        assertThatThrownBy(() -> fixture.register("agent1", with(with(referred("CANNOT_SOLVE", "不会处理"),
                "type", "CONSULTATION"), "resolvedAtFirstContact", true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("referral");
        assertThatThrownBy(() -> fixture.register("agent1", referred("ASK_MY_FRIEND", "不会处理")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("referral");
    }

    @Test
    void overHttpAReferralWithoutAReasonCreatesNothingAndALeaderCannotInventADecision() throws Exception {
        ApiClient api = new ApiClient(port);
        long before = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("complaint-handling").count();
        Map<String, Object> variables = new HashMap<>();
        referred("DIFFICULT_CUSTOMER", "").forEach((name, value) -> variables.put(name, Map.of("value", value)));

        HttpResponse<String> start = api.post(REST + "/process-definition/key/complaint-handling/submit-form",
                "agent1", Map.of("variables", variables));

        assertThat(start.statusCode()).as(start.body()).isEqualTo(400);
        assertThat(start.body()).contains("referralReason").doesNotContain("com.callcentre");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("complaint-handling")
                .count()).isEqualTo(before);

        String ticketNo = fixture.register("agent1", referred("CANNOT_SOLVE", "超出权限")).getBusinessKey();
        String referral = fixture.task(ticketNo, "leaderReferral").getId();
        HttpResponse<String> invented = api.post(REST + "/task/" + referral + "/complete", "leader1",
                Map.of("variables", Map.of("referralDecision", Map.of("value", "ARCHIVE_SILENTLY"),
                        "referralInstruction", Map.of("value", "直接关掉"))));
        assertThat(invented.statusCode()).as(invented.body()).isEqualTo(400);
        assertThat(invented.body()).contains("referralDecision");
        assertThat(fixture.task(ticketNo, "leaderReferral").getId()).isEqualTo(referral);
    }

    // --- CP-11 at the callback -------------------------------------------------------------------

    @Test
    void aDifficultCustomerAtTheCallbackGoesToTheLeaderOnDutyAtOnce() {
        String ticketNo = toCallback();
        fixture.complete("agent1", fixture.task(ticketNo, "callback"), Map.of("callbackOutcome", "DIFFICULT_CUSTOMER",
                "callbackNote", "客户拒绝接受退费方案并威胁投诉到媒体"));

        Task takeover = fixture.task(ticketNo, "dutyLeaderTakeover");
        assertThat(takeover.getAssignee()).isEqualTo("leader1");
        assertThat(takeover.getName()).isEqualTo("值班长接手工单");
        assertThat(view(ticketNo).status()).isEqualTo("WITH_DUTY_LEADER");
        assertThat(engine.getRuntimeService().getVariable(takeover.getProcessInstanceId(), "reopenCount"))
                .as("not a reopening").isEqualTo(0);
    }

    // --- CP-4: the handler passes a complaint to the complaint manager ----------------------------

    @Test
    void handlerPassesADifficultComplaintToTheManagerAndGetsTheReviewBackWithTheAdvice() {
        String ticketNo = toReview();
        Task review = fixture.task(ticketNo, "reviewReceipt");
        assertThat(review.getAssignee()).as("any handler of the group").isNull();
        fixture.complete("handler1", review, Map.of("referToManager", true,
                "referralNote", "客户坚持要求赔偿三倍，部门回单只同意退费"));

        Task advice = fixture.task(ticketNo, "managerAdvice");
        assertThat(fixture.candidateGroups(advice)).containsExactly("complaint-manager");
        assertThat(Shown.asTyped(engine.getTaskService().getVariableLocal(advice.getId(), "receipts"))).asString()
                .contains("计费部");
        assertThat(view(ticketNo).status()).isEqualTo("WITH_COMPLAINT_MANAGER");
        fixture.complete("manager1", advice, Map.of("managerAdvice", "按规定只能退费并赠送流量包，请据此答复"));

        Task back = fixture.task(ticketNo, "reviewReceipt");
        assertThat(back.getAssignee()).as("CP-4: the handler keeps the final reply").isEqualTo("handler1");
        assertThat(engine.getTaskService().getVariable(back.getId(), "referToManager"))
                .as("the form does not open with the referral ticked").isNull();
        assertThat(Shown.asTyped(engine.getTaskService().getVariableLocal(back.getId(), "managerAdviceShown")))
                .asString().contains("赠送流量包");
        fixture.complete("handler1", back, Map.of("receiptAccepted", true, "receiptSupplement", "另赠送 1GB 流量包"));

        assertThat(fixture.task(ticketNo, "callback")).isNotNull();
        assertThat(view(ticketNo).trail()).extracting(TicketTrail.Entry::step, TicketTrail.Entry::outcome)
                .containsSubsequence(org.assertj.core.groups.Tuple.tuple("reviewReceipt", "REFERRED"),
                        org.assertj.core.groups.Tuple.tuple("managerAdvice", "COMPLETED"),
                        org.assertj.core.groups.Tuple.tuple("reviewReceipt", "true"));
    }

    @Test
    void aReferralToTheManagerWithoutAReasonAndARejectionWithoutOneAreRefused() {
        String ticketNo = toReview();
        Task review = fixture.task(ticketNo, "reviewReceipt");

        assertThatThrownBy(() -> fixture.complete("handler1", review, Map.of("referToManager", true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("referralNote");
        assertThatThrownBy(() -> fixture.complete("handler1", review, Map.of("receiptAccepted", false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reviewComment");
        assertThatThrownBy(() -> fixture.complete("handler1", review, Map.of("reviewComment", "")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("receiptAccepted");
        assertThat(fixture.task(ticketNo, "reviewReceipt").getId()).isEqualTo(review.getId());
    }

    // --- helpers ------------------------------------------------------------------------------

    private static Map<String, Object> referred(String referral, String reason) {
        return with(with(billingComplaint(), "referral", referral), "referralReason", reason);
    }

    private String toReview() {
        String ticketNo = fixture.register("agent1", billingComplaint()).getBusinessKey();
        fixture.complete("manager1", fixture.task(ticketNo, "dispatch"), Map.of("departments",
                SpinValues.jsonValue(Spin.JSON(List.of("billing")).toString()).create()));
        fixture.complete("billing1", fixture.task(ticketNo, "handleOrder"), Map.of("orderOutcome", "RESOLVED",
                "receipt", "已退还 58 元", "receiptCause", "重复计费", "receiptMeasures", "已修正计费规则"));
        return ticketNo;
    }

    private String toCallback() {
        String ticketNo = toReview();
        fixture.complete("handler1", fixture.task(ticketNo, "reviewReceipt"), Map.of("receiptAccepted", true));
        return ticketNo;
    }

    private TicketView view(String ticketNo) {
        return complaints.find(ticketNo).orElseThrow();
    }
}
