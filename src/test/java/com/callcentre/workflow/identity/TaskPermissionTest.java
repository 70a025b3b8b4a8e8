package com.callcentre.workflow.identity;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a task's candidates may do with it over {@code /engine-rest} (docs/authorization.md,
 * "What a worker may do with a task"): claim, unclaim, complete and hand it on within its
 * candidate groups; not write its variables, edit it, add candidates, nor assign it outside its
 * candidate groups (the assignment rule: 400 naming the rule, nothing changed).
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class TaskPermissionTest {

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture fixture;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void aLiaisonClaimsUnclaimsAndCompletesItsOrder() throws Exception {
        ProcessInstance pi = dispatched();
        String order = fixture.task(pi.getBusinessKey(), "handleOrder").getId();

        assertStatus(api.post(task(order, "/claim"), "billing1", Map.of("userId", "billing1")), 204);
        assertThat(assignee(order)).isEqualTo("billing1");
        assertStatus(api.post(task(order, "/unclaim"), "billing1", Map.of()), 204);
        assertThat(assignee(order)).as("Tasklist's unclaim needs TASK_ASSIGN").isNull();
        assertStatus(api.post(task(order, "/claim"), "billing1", Map.of("userId", "billing1")), 204);
        assertStatus(api.post(task(order, "/complete"), "billing1", Map.of("variables", Map.of(
                "orderOutcome", Map.of("value", "RESOLVED"), "receipt", Map.of("value", "已退还多扣的 58 元"),
                        "receiptCause", Map.of("value", "核实属实"), "receiptMeasures", Map.of("value", "已整改")))), 204);

        assertThat(fixture.task(pi.getBusinessKey(), "reviewReceipt")).isNotNull();
    }

    @Test
    void aLiaisonCannotWriteVariablesNorEditTheOrderNorAddCandidates() throws Exception {
        ProcessInstance pi = dispatched();
        Task order = fixture.task(pi.getBusinessKey(), "handleOrder");
        fixture.as("billing1", () -> {
            tasks().claim(order.getId(), "billing1");
            return null;
        });

        HttpResponse<String> variable = api.send(api.request(task(order.getId(), "/variables/owner"), "billing1", "demo")
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"value\":\"billing1\",\"type\":\"String\"}", StandardCharsets.UTF_8)));
        HttpResponse<String> modify = api.post(task(order.getId(), "/variables"), "billing1",
                Map.of("modifications", Map.of("owner", Map.of("value", "billing1"))));
        // Tasklist's due-date edit: the task as it is, with another due date.
        ObjectNode edited = ApiClient.JSON.createObjectNode().put("name", order.getName()).put("assignee", "billing1")
                .put("priority", order.getPriority()).put("due", "2099-01-01T00:00:00.000+0800");
        HttpResponse<String> update = api.send(api.request(task(order.getId(), ""), "billing1", "demo")
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(edited.toString(), StandardCharsets.UTF_8)));
        HttpResponse<String> candidate = api.post(task(order.getId(), "/identity-links"), "billing1",
                Map.of("groupId", "dept-network", "type", "candidate"));

        assertStatus(variable, 403);
        assertStatus(modify, 403);
        assertStatus(update, 403);
        assertStatus(candidate, 403);
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "owner")).isEqualTo("agent1");
        Task now = tasks().createTaskQuery().taskId(order.getId()).singleResult();
        assertThat(now.getDueDate()).as("the resolve deadline stays").isEqualTo(order.getDueDate());
        assertThat(fixture.candidateGroups(now)).containsExactly("dept-billing");
    }

    @Test
    void anOrderCannotBeHandedToAnotherDepartment() throws Exception {
        ProcessInstance pi = dispatched();
        String order = fixture.task(pi.getBusinessKey(), "handleOrder").getId();

        HttpResponse<String> claimFor = api.post(task(order, "/claim"), "billing1", Map.of("userId", "network1"));
        assertRefused(claimFor, "network1", "dept-billing");
        assertThat(assignee(order)).isNull();

        assertStatus(api.post(task(order, "/claim"), "billing1", Map.of("userId", "billing1")), 204);
        assertRefused(api.post(task(order, "/assignee"), "billing1", Map.of("userId", "network1")), "network1", "dept-billing");
        assertRefused(api.post(task(order, "/delegate"), "billing1", Map.of("userId", "network1")), "network1", "dept-billing");

        Task now = tasks().createTaskQuery().taskId(order).singleResult();
        assertThat(now.getAssignee()).isEqualTo("billing1");
        assertThat(now.getOwner()).isNull();
        assertThat(now.getDelegationState()).isNull();
        assertThat(fixture.as("network1", () -> tasks().createTaskQuery().processInstanceId(pi.getId()).list()))
                .as("network got nothing of billing's order").isEmpty();
    }

    @Test
    void anExtraOwnerVariableIsRefusedAndAgentsHandTheCallbackOnAmongThemselves() throws Exception {
        ProcessInstance pi = dispatched();
        String order = fixture.task(pi.getBusinessKey(), "handleOrder").getId();
        assertStatus(api.post(task(order, "/claim"), "billing1", Map.of("userId", "billing1")), 204);
        // An extra variable is refused outright (integrity: only the form's fields), the task stays open ...
        var extra = api.post(task(order, "/complete"), "billing1", Map.of("variables", Map.of(
                "orderOutcome", Map.of("value", "RESOLVED"), "receipt", Map.of("value", "已退还多扣的 58 元"),
                        "receiptCause", Map.of("value", "核实属实"), "receiptMeasures", Map.of("value", "已整改"),
                "owner", Map.of("value", "billing1"))));
        assertStatus(extra, 400);
        assertThat(extra.body()).contains("owner");
        assertThat(tasks().createTaskQuery().taskId(order).count()).isOne();
        // ... and the answer the form asks for goes through.
        assertStatus(api.post(task(order, "/complete"), "billing1", Map.of("variables", Map.of(
                "orderOutcome", Map.of("value", "RESOLVED"), "receipt", Map.of("value", "已退还多扣的 58 元"),
                        "receiptCause", Map.of("value", "核实属实"), "receiptMeasures", Map.of("value", "已整改")))), 204);
        fixture.complete("handler1", fixture.task(pi.getBusinessKey(), "reviewReceipt"),
                Map.of("receiptAccepted", true, "reviewComment", ""));

        Task callback = fixture.task(pi.getBusinessKey(), "callback");
        assertThat(callback.getAssignee()).as("CP-2: the owner of the ticket table, not the variable").isEqualTo("agent1");
        assertThat(fixture.as("billing1", () -> tasks().createTaskQuery().taskId(callback.getId()).count())).isZero();

        assertRefused(api.post(task(callback.getId(), "/assignee"), "agent1", Map.of("userId", "billing1")),
                "billing1", "agent");
        assertStatus(api.post(task(callback.getId(), "/assignee"), "agent1", Map.of("userId", "agent2")), 204);
        assertThat(assignee(callback.getId())).as("a colleague of the candidate group may take it").isEqualTo("agent2");
    }

    private ProcessInstance dispatched() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        fixture.complete("manager1", fixture.task(pi.getBusinessKey(), "dispatch"), Map.of("departments",
                SpinValues.jsonValue(Spin.JSON(List.of("billing")).toString()).create()));
        return pi;
    }

    private static String task(String id, String path) {
        return "/engine-rest/task/" + id + path;
    }

    private String assignee(String taskId) {
        return tasks().createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    private TaskService tasks() {
        return engine.getTaskService();
    }

    private static void assertStatus(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }

    /** The assignment rule's answer: 400, naming the user, the candidate group and the rule. */
    private static void assertRefused(HttpResponse<String> response, String user, String group) throws Exception {
        assertStatus(response, 400);
        assertThat(ApiClient.JSON.readTree(response.body()).path("message").asText())
                .contains("不能指派给 " + user, group, "指派规则");
    }
}
