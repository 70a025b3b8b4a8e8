package com.callcentre.workflow.integrity;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static com.callcentre.workflow.leave.LeaveFixture.SUNDAY_10;
import static com.callcentre.workflow.leave.LeaveFixture.TUESDAY;
import static com.callcentre.workflow.leave.LeaveFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.WebappSession;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.leave.LeaveFixture;
import com.callcentre.workflow.shiftswap.SwapFixture;
import com.callcentre.workflow.staff.ShiftType;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The processes are the only way through (issue 11, docs/security.md): each attack as a member
 * of staff would send it over HTTP to {@code /engine-rest} or, with a Tasklist session, to the
 * webapps' {@code /camunda/api/engine}, and what must be true afterwards: refused, nothing changed.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class ProcessBypassAttackTest {

    private static final String REST = "/engine-rest";

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture complaints;
    @Autowired
    LeaveFixture leave;
    @Autowired
    SwapFixture swaps;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @AfterEach
    void cleanUp() {
        leave.clean();
        swaps.cleanUp();
    }

    // --- starts anywhere but at the start event ------------------------------------------------

    @Test
    void anAgentCannotApproveTheirOwnLeaveByStartingAtTheApprovalStep() throws Exception {
        String requestId = pendingLeave("agent1");

        HttpResponse<String> attack = api.post(REST + "/process-definition/key/leave-request/start", "agent1", Map.of(
                "businessKey", requestId,
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "approveLeave"))));

        assertThat(attack.statusCode()).as(attack.body()).isEqualTo(403);
        assertThat(attack.body()).contains("只有系统管理员");
        assertThat(leaveStatus(requestId)).isEqualTo("PENDING");
        assertThat(instances("leave-request")).isOne();
    }

    @Test
    void anAgentCannotExecuteASwapNobodyApproved() throws Exception {
        long mine = swaps.shift("agent1", "2031-03-04", ShiftType.DAY);
        long theirs = swaps.shift("agent2", "2031-03-06", ShiftType.DAY);
        HttpResponse<String> requested = api.post("/api/shift-swaps", "agent1", SwapFixture.request(mine, "agent2", theirs));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        String requestId = ApiClient.JSON.readTree(requested.body()).path("requestId").asText();

        HttpResponse<String> attack = api.post(REST + "/process-definition/key/shift-swap/start", "agent1", Map.of(
                "businessKey", requestId,
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "exchangeShifts"))));

        assertThat(attack.statusCode()).as(attack.body()).isEqualTo(403);
        assertThat(swaps.employeeOf(mine)).isEqualTo("agent1");
        assertThat(swaps.employeeOf(theirs)).isEqualTo("agent2");
    }

    @Test
    void anAgentCannotArchiveAnotherAgentsTicketWhileItsOrderIsOpen() throws Exception {
        ProcessInstance ticket = dispatched();

        HttpResponse<String> attack = api.post(REST + "/process-definition/key/complaint-handling/start", "agent2", Map.of(
                "businessKey", ticket.getBusinessKey(),
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "archiveTicket"))));

        assertThat(attack.statusCode()).as(attack.body()).isEqualTo(403);
        assertThat(ticketStatus(ticket.getBusinessKey())).isNotEqualTo("ARCHIVED");
        assertThat(complaints.task(ticket.getBusinessKey(), "handleOrder")).isNotNull();
    }

    @Test
    void aTasklistSessionCannotStartAtAnActivityEither() throws Exception {
        String requestId = pendingLeave("agent1");
        WebappSession tasklist = WebappSession.logIn(port, "agent1");
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("leave-request").latestVersion().singleResult().getId();

        HttpResponse<String> attack = tasklist.post(WebappSession.ENGINE + "/process-definition/" + definition + "/start",
                Map.of("businessKey", requestId,
                        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "approveLeave"))));

        assertThat(attack.statusCode()).as(attack.body()).isEqualTo(403);
        assertThat(attack.body()).as("refused by the rule, not by the CSRF filter").contains("只有系统管理员");
        assertThat(leaveStatus(requestId)).isEqualTo("PENDING");
    }

    @Test
    void aSupervisorCannotModifyAnInstanceNorAWorkerEndATaskWithABpmnError() throws Exception {
        ProcessInstance ticket = dispatched();
        String order = complaints.task(ticket.getBusinessKey(), "handleOrder").getId();

        HttpResponse<String> modify = api.post(REST + "/process-instance/" + ticket.getId() + "/modification", "leader1",
                Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "archiveTicket"))));
        HttpResponse<String> error = api.post(REST + "/task/" + order + "/bpmnError", "billing1",
                Map.of("errorCode", "done"));

        assertThat(modify.statusCode()).as(modify.body()).isEqualTo(403);
        assertThat(error.statusCode()).as(error.body()).isEqualTo(403);
        assertThat(complaints.task(ticket.getBusinessKey(), "handleOrder")).isNotNull();
        assertThat(ticketStatus(ticket.getBusinessKey())).isNotEqualTo("ARCHIVED");
    }

    // --- who started it comes from the login, never from a variable ------------------------------

    @Test
    void aStartVariableInitiatorDoesNotMakeALiaisonTheOwner() throws Exception {
        long before = instances("complaint-handling");
        Map<String, Object> variables = new HashMap<>();
        billingComplaint().forEach((name, value) -> variables.put(name, Map.of("value", value)));
        variables.put("initiator", Map.of("value", "billing1"));

        HttpResponse<String> attack = api.post(REST + "/process-definition/key/complaint-handling/start", "agent1",
                Map.of("variables", variables));

        assertThat(attack.statusCode()).as(attack.body()).isEqualTo(400);
        assertThat(attack.body()).contains("initiator");
        assertThat(instances("complaint-handling")).isEqualTo(before);
    }

    @Test
    void theLeaveStartFormCannotFileLeaveInAnotherAgentsName() throws Exception {
        leave.shift("agent2", TUESDAY, ShiftType.DAY);
        LeaveFixture.clock(SUNDAY_10);
        Map<String, Object> form = Map.of("employee", Map.of("value", "agent2"), "type", Map.of("value", "PERSONAL"),
                "start", Map.of("value", "2030-01-08T08:00+08:00"), "end", Map.of("value", "2030-01-08T16:00+08:00"),
                "reason", Map.of("value", "家中有事"), "initiator", Map.of("value", "agent2"));

        HttpResponse<String> attack = api.post(REST + "/process-definition/key/leave-request/submit-form", "agent1",
                Map.of("variables", form));

        assertThat(attack.statusCode()).as(attack.body()).isEqualTo(400);
        assertThat(attack.body()).contains("initiator");
        assertThat(leave.requestsOf("agent2")).isZero();
    }

    // --- extra variables at completion ---------------------------------------------------------

    @Test
    void aDutyLeaderCannotApproveTheirOwnLeaveByNamingSomeoneElseAsTheEmployee() throws Exception {
        String requestId = pendingLeave("leader1");
        String approval = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(requestId)
                .taskDefinitionKey("dutyLeaderApproval").singleResult().getId();

        HttpResponse<String> extra = api.post(REST + "/task/" + approval + "/complete", "leader1", Map.of("variables",
                Map.of("approved", Map.of("value", true), "comment", Map.of("value", "同意"),
                        "employee", Map.of("value", "leader2"))));
        HttpResponse<String> plain = api.post(REST + "/task/" + approval + "/complete", "leader1", Map.of("variables",
                Map.of("approved", Map.of("value", true), "comment", Map.of("value", "同意"))));

        assertThat(extra.statusCode()).as(extra.body()).isEqualTo(400);
        assertThat(extra.body()).contains("employee");
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(400);
        assertThat(plain.body()).contains("LV-3");
        assertThat(leaveStatus(requestId)).isEqualTo("PENDING");
    }

    @Test
    void aBillingLiaisonCannotAnswerTheNetworkOrderByNamingTheDepartment() throws Exception {
        ProcessInstance ticket = dispatched();
        String order = complaints.task(ticket.getBusinessKey(), "handleOrder").getId();

        HttpResponse<String> attack = api.post(REST + "/task/" + order + "/complete", "billing1", Map.of("variables",
                Map.of("orderOutcome", Map.of("value", "RESOLVED"), "receipt", Map.of("value", "已处理"),
                        "receiptCause", Map.of("value", "核实属实"), "receiptMeasures", Map.of("value", "已整改"),
                        "department", Map.of("value", "network"))));

        assertThat(attack.statusCode()).as(attack.body()).isEqualTo(400);
        assertThat(attack.body()).contains("department");
        assertThat(complaints.task(ticket.getBusinessKey(), "handleOrder").getId()).isEqualTo(order);
    }

    @Test
    void aDispatchTakesOnlyConfiguredDepartmentsWhateverTheTasksOptionsSay() throws Exception {
        ProcessInstance ticket = complaints.register("agent1", billingComplaint());
        String dispatch = complaints.task(ticket.getBusinessKey(), "dispatch").getId();
        api.post(REST + "/task/" + dispatch + "/claim", "manager1", Map.of("userId", "manager1"));
        // The form's options are a variable the product sets; a person who rewrites it gains nothing.
        api.send(api.request(REST + "/task/" + dispatch + "/localVariables/departmentOptions", "manager1", "demo")
                .header("Content-Type", "application/json;charset=UTF-8")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(Map.of(
                        "type", "Json", "value", "[{\"label\":\"法务部\",\"value\":\"legal\"}]")))));

        HttpResponse<String> attack = api.post(REST + "/task/" + dispatch + "/submit-form", "manager1",
                Map.of("variables", Map.of("departments", Map.of("value", "[\"legal\"]", "type", "Json"))));

        assertThat(attack.statusCode()).as(attack.body()).isEqualTo(400);
        assertThat(attack.body()).contains("departments").contains("legal");
        assertThat(complaints.task(ticket.getBusinessKey(), "dispatch").getId()).isEqualTo(dispatch);
    }

    @Test
    void aStepTakesOnlyItsFormsTypesAndLengths() throws Exception {
        ProcessInstance ticket = dispatched();
        String order = complaints.task(ticket.getBusinessKey(), "handleOrder").getId();

        HttpResponse<String> wrongType = api.post(REST + "/task/" + order + "/complete", "billing1", Map.of("variables",
                Map.of("orderOutcome", Map.of("value", 7), "receipt", Map.of("value", "x".repeat(2001)))));

        assertThat(wrongType.statusCode()).as(wrongType.body()).isEqualTo(400);
        assertThat(wrongType.body()).contains("orderOutcome").contains("receipt").contains("2000");
    }

    /** Found by FuzzTest on CI: a JSON-looking list sent as XML passed the check, then the engine failed on it (500). */
    @Test
    void aListSentAsXmlOrJavaSerializationIsNotAFormsAnswer() throws Exception {
        ProcessInstance ticket = complaints.register("agent1", billingComplaint());
        String dispatch = complaints.task(ticket.getBusinessKey(), "dispatch").getId();

        HttpResponse<String> xml = api.post(REST + "/task/" + dispatch + "/complete", "manager1",
                Map.of("variables", Map.of("departments", Map.of("value", "[\"billing\"]", "type", "Xml"))));
        HttpResponse<String> java = api.post(REST + "/task/" + dispatch + "/complete", "manager1",
                Map.of("variables", Map.of("departments", Map.of("value", "[\"billing\"]", "type", "Object",
                        "valueInfo", Map.of("objectTypeName", "java.util.ArrayList",
                                "serializationDataFormat", "application/x-java-serialized-object")))));

        assertThat(xml.statusCode()).as(xml.body()).isEqualTo(400);
        assertThat(xml.body()).contains("departments").contains("类型不正确");
        assertThat(java.statusCode()).as(java.body()).isEqualTo(400);
        assertThat(complaints.task(ticket.getBusinessKey(), "dispatch").getId()).isEqualTo(dispatch);
    }

    // --- tasks handed to the wrong person ------------------------------------------------------

    @Test
    void aLeaveApprovalIsNeverHandedToTheRequester() throws Exception {
        String agents = pendingLeave("agent1");
        String personal = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(agents)
                .taskDefinitionKey("dutyLeaderApproval").singleResult().getId();
        String leaders = pendingLeave("leader1");
        String shared = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(leaders)
                .taskDefinitionKey("dutyLeaderApproval").singleResult().getId();

        HttpResponse<String> toAgent = api.post(REST + "/task/" + personal + "/assignee", "leader1", Map.of("userId", "agent1"));
        HttpResponse<String> toLeader = api.post(REST + "/task/" + shared + "/assignee", "leader2", Map.of("userId", "leader1"));

        assertThat(toAgent.statusCode()).as(toAgent.body()).isEqualTo(400);
        assertThat(toLeader.statusCode()).as(toLeader.body()).isEqualTo(400);
        assertThat(toLeader.body()).contains("LV-3");
        assertThat(engine.getTaskService().createTaskQuery().taskId(personal).singleResult().getAssignee()).isEqualTo("leader1");
        assertThat(engine.getTaskService().createTaskQuery().taskId(shared).singleResult().getAssignee()).isNull();
    }

    @Test
    void aSwapApprovalIsNeverHandedToTheRequester() throws Exception {
        long mine = swaps.shift("agent1", "2031-03-04", ShiftType.DAY);
        long theirs = swaps.shift("agent2", "2031-03-06", ShiftType.DAY);
        ProcessInstance swap = swaps.start("agent1", SwapFixture.request(mine, "agent2", theirs));
        swaps.complete("agent2", swaps.task(swap, "colleagueConsent"), SwapFixture.decision("agreed", true, "好"));
        String approval = swaps.task(swap, "leaderApproval").getId();

        HttpResponse<String> handedOn = api.post(REST + "/task/" + approval + "/assignee", "leader1", Map.of("userId", "agent1"));
        HttpResponse<String> delegated = api.post(REST + "/task/" + approval + "/delegate", "leader1", Map.of("userId", "agent1"));

        assertThat(handedOn.statusCode()).as(handedOn.body()).isEqualTo(400);
        assertThat(delegated.statusCode()).as(delegated.body()).isEqualTo(400);
        assertThat(engine.getTaskService().createTaskQuery().taskId(approval).singleResult().getAssignee()).isEqualTo("leader1");
    }

    // --- helpers ------------------------------------------------------------------------------

    private String pendingLeave(String employee) throws Exception {
        leave.shift(employee, TUESDAY, ShiftType.DAY);
        LeaveFixture.clock(SUNDAY_10);
        HttpResponse<String> created = api.post("/api/leave-requests", employee,
                request(employee, "PERSONAL", "2030-01-08T08:00+08:00", "2030-01-08T16:00+08:00"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.JSON.readTree(created.body()).path("requestId").asText();
    }

    private String leaveStatus(String requestId) throws Exception {
        HttpResponse<String> read = api.get("/api/leave-requests/" + requestId, "admin");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return ApiClient.JSON.readTree(read.body()).path("status").asText();
    }

    private String ticketStatus(String ticketNo) throws Exception {
        HttpResponse<String> read = api.get("/api/complaints/" + ticketNo, "manager1");
        JsonNode ticket = ApiClient.JSON.readTree(read.body());
        return ticket.path("status").asText();
    }

    private ProcessInstance dispatched() {
        ProcessInstance pi = complaints.register("agent1", billingComplaint());
        complaints.complete("manager1", complaints.task(pi.getBusinessKey(), "dispatch"), Map.of("departments",
                SpinValues.jsonValue(Spin.JSON(List.of("billing")).toString()).create()));
        return pi;
    }

    private long instances(String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count();
    }
}
