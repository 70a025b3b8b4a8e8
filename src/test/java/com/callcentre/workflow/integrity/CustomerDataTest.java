package com.callcentre.workflow.integrity;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.WebappSession;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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
 * CP-9 (issue 11, "Customer data"): the full name and phone are nowhere in the engine; only the
 * worker of the callback reads them, on their own task, and every read is recorded for the
 * quality inspector. Supervisors see masked forms everywhere, Cockpit's variables included.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class CustomerDataTest {

    /** The phone of {@link ComplaintFixture#billingComplaint()}. */
    private static final String PHONE = "13800138000";

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture complaints;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void noSupervisorFindsTheFullPhoneInTheEnginesVariablesOrHistory() throws Exception {
        Task callback = callbackOf(answered());

        for (String supervisor : List.of("manager1", "leader1", "director1", "centerdirector1", "inspector1", "admin")) {
            for (String path : List.of("/engine-rest/variable-instance?variableName=customerPhone",
                    "/engine-rest/variable-instance?processInstanceIdIn=" + callback.getProcessInstanceId(),
                    "/engine-rest/history/variable-instance?processInstanceId=" + callback.getProcessInstanceId(),
                    "/engine-rest/history/detail?processInstanceId=" + callback.getProcessInstanceId())) {
                HttpResponse<String> read = api.get(path, supervisor);
                assertThat(read.body()).as(supervisor + " " + path).doesNotContain(PHONE).doesNotContain("张三");
            }
        }
        HttpResponse<String> cockpit = WebappSession.logIn(port, "manager1")
                .get(WebappSession.ENGINE + "/variable-instance?processInstanceIdIn=" + callback.getProcessInstanceId());
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).doesNotContain(PHONE).contains("138****8000");
    }

    @Test
    void theCallbackWorkerShowsTheNumberAndTheReadIsRecordedForTheInspector() throws Exception {
        ProcessInstance pi = answered();
        Task callback = callbackOf(pi);
        assertThat(callback.getAssignee()).isEqualTo("agent1");
        String path = "/api/tasks/" + callback.getId() + "/customer-contact";

        HttpResponse<String> shown = api.get(path, "agent1");

        assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        JsonNode contact = ApiClient.JSON.readTree(shown.body());
        assertThat(contact.path("customerPhone").asText()).isEqualTo(PHONE);
        assertThat(contact.path("ticketNo").asText()).isEqualTo(pi.getBusinessKey());

        HttpResponse<String> reads = api.get("/api/customer-data-reads?ticketNo=" + pi.getBusinessKey(), "inspector1");
        assertThat(reads.statusCode()).isEqualTo(200);
        JsonNode read = ApiClient.JSON.readTree(reads.body()).get(0);
        assertThat(read.path("readBy").asText()).isEqualTo("agent1");
        assertThat(read.path("taskName").asText()).isEqualTo("回访客户");
        assertThat(read.path("readAt").asText()).isNotBlank();
        assertThat(api.get("/api/customer-data-reads", "manager1").statusCode()).isEqualTo(403);
        HttpResponse<String> trail = api.get("/api/complaints/by-instance/" + pi.getId() + "/history", "inspector1");
        assertThat(trail.body()).as("Cockpit's 工单轨迹 shows the read").contains("查看客户号码", "agent1")
                .doesNotContain(PHONE);
    }

    @Test
    void nobodyElseSeesTheNumber() throws Exception {
        ProcessInstance pi = answered();
        Task callback = callbackOf(pi);
        String path = "/api/tasks/" + callback.getId() + "/customer-contact";

        for (String other : List.of("agent2", "manager1", "leader1", "inspector1", "billing1")) {
            HttpResponse<String> refused = api.get(path, other);
            assertThat(refused.statusCode()).as(other + ": " + refused.body()).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(PHONE);
        }
        ProcessInstance other = complaints.register("agent1", billingComplaint());
        String dispatch = complaints.task(other.getBusinessKey(), "dispatch").getId();
        assertThat(api.get("/api/tasks/" + dispatch + "/customer-contact", "manager1").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/tasks/no-such-task/customer-contact", "agent1").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/tasks/" + callback.getId() + "/customer-contact", null).statusCode()).isEqualTo(401);
        HttpResponse<String> reads = api.get("/api/customer-data-reads?ticketNo=" + pi.getBusinessKey(), "inspector1");
        assertThat(ApiClient.JSON.readTree(reads.body())).as("refusals are no reads").isEmpty();
    }

    @Test
    void theCallbackFormLinksToTheNumberInsteadOfShowingIt() throws Exception {
        Task callback = callbackOf(answered());

        Object page = engine.getTaskService().getVariableLocal(callback.getId(), "contactPage");

        assertThat(page).isEqualTo("/customer-contact/?task=" + callback.getId());
        assertThat(engine.getTaskService().getVariables(callback.getId()).values().stream().map(String::valueOf))
                .noneMatch(value -> value.contains(PHONE));
        HttpResponse<String> pageHtml = api.get("/customer-contact/", null);
        assertThat(pageHtml.statusCode()).isEqualTo(200);
        assertThat(pageHtml.body()).contains("显示号码");
    }

    private ProcessInstance answered() {
        ProcessInstance pi = complaints.register("agent1", billingComplaint());
        complaints.complete("manager1", complaints.task(pi.getBusinessKey(), "dispatch"), Map.of("departments",
                SpinValues.jsonValue(Spin.JSON(List.of("billing")).toString()).create()));
        complaints.complete("billing1", complaints.task(pi.getBusinessKey(), "handleOrder"),
                Map.of("orderOutcome", "RESOLVED", "receipt", "已退还多扣的 58 元",
                        "receiptCause", "核实属实", "receiptMeasures", "已整改"));
        complaints.complete("handler1", complaints.task(pi.getBusinessKey(), "reviewReceipt"),
                Map.of("receiptAccepted", true, "reviewComment", "回单完整"));
        return pi;
    }

    private Task callbackOf(ProcessInstance pi) {
        return complaints.task(pi.getBusinessKey(), "callback");
    }
}
