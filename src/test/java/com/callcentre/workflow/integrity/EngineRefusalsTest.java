package com.callcentre.workflow.integrity;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.WebappSession;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.system.ProcessKeys;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine REST API's refusals reach staff in Chinese, with Camunda's status, on
 * {@code /engine-rest} and the webapps' {@code /camunda/api/engine} alike ({@link EngineRefusals}):
 * a missing authorization names the permission and the kind of resource, not the resource's id nor
 * the user; a definition not found says so without repeating the key. Sent as an attacker would.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class EngineRefusalsTest {

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
    void anAgentDeletingAnotherAgentsTicketIsRefusedInChinese() throws Exception {
        ProcessInstance pi = complaints.register("agent1", billingComplaint());

        HttpResponse<String> delete = api.delete("/engine-rest/process-instance/" + pi.getId(), "agent2");

        assertThat(delete.statusCode()).as(delete.body()).isEqualTo(403);
        assertThat(message(delete)).startsWith("无权执行此操作").contains("流程实例", "「删除」");
        assertThat(delete.body()).doesNotContain("does not have", "permission", pi.getId(), "agent2");
        assertThat(type(delete)).isEqualTo("AuthorizationException");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count())
                .as("nothing deleted").isOne();
    }

    @Test
    void startingAProcessOneMayNotStartIsRefusedInChinese() throws Exception {
        String auditId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ProcessKeys.DAILY_AUDIT).latestVersion().singleResult().getId();
        long before = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.DAILY_AUDIT).count();

        HttpResponse<String> byId = api.post("/engine-rest/process-definition/" + auditId + "/start", "agent1", Map.of());
        HttpResponse<String> byKey = api.post("/engine-rest/process-definition/key/" + ProcessKeys.DUTY_DAILY_REPORT
                + "/start", "leader1", Map.of());

        for (HttpResponse<String> start : new HttpResponse[] {byId, byKey}) {
            assertThat(start.statusCode()).as(start.body()).isEqualTo(403);
            assertThat(message(start)).startsWith("无权执行此操作").contains("流程定义", "「发起实例」");
            assertThat(start.body()).doesNotContain("does not have", "permission", auditId, ProcessKeys.DAILY_AUDIT,
                    ProcessKeys.DUTY_DAILY_REPORT, "agent1", "leader1");
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.DAILY_AUDIT).count()).as("nothing started").isEqualTo(before);
    }

    @Test
    void anUnknownProcessIsA404InChinese() throws Exception {
        HttpResponse<String> byKey = api.post("/engine-rest/process-definition/key/no-such-process/start", "agent1",
                Map.of());
        HttpResponse<String> byId = api.get("/engine-rest/process-definition/no-such-id", "agent1");
        // A definition the user may not read is not found either (the daily audit, for an agent).
        HttpResponse<String> unreadable = WebappSession.logIn(port, "agent2").post(WebappSession.ENGINE
                + "/process-definition/key/" + ProcessKeys.DAILY_AUDIT + "/start", Map.of());

        for (HttpResponse<String> answer : new HttpResponse[] {byKey, byId, unreadable}) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
            assertThat(message(answer)).isEqualTo("未找到该流程定义：它不存在，或您无权查看");
            assertThat(answer.body()).doesNotContain("No matching", "no-such", ProcessKeys.DAILY_AUDIT);
        }
    }

    @Test
    void anUnknownInstanceOrTaskIsRefusedInChineseWithCamundasStatus() throws Exception {
        HttpResponse<String> delete = api.delete("/engine-rest/process-instance/no-such-instance", "agent2");
        HttpResponse<String> complete = api.post("/engine-rest/task/no-such-task/complete", "agent1", Map.of());

        assertThat(delete.statusCode()).as(delete.body()).isBetween(400, 404);
        assertThat(message(delete)).isEqualTo("未找到该流程实例：它不存在，或您无权查看");
        assertThat(complete.statusCode()).as(complete.body()).isBetween(400, 404);
        assertThat(message(complete)).as("the product's own words, without Camunda's English in front")
                .contains("不存在或已结束").doesNotContain("Cannot");
        assertThat(delete.body()).doesNotContain("no-such", "found for", "is null");
    }

    @Test
    void theProductsOwnRefusalsKeepTheirWords() throws Exception {
        HttpResponse<String> message = api.post("/engine-rest/message", "agent1", Map.of("messageName", "ticketMerged"));

        assertThat(message.statusCode()).as(message.body()).isEqualTo(403);
        assertThat(message(message)).startsWith("只有系统管理员可以");
    }

    private static String message(HttpResponse<String> answer) throws Exception {
        return ApiClient.JSON.readTree(answer.body()).path("message").asText();
    }

    private static String type(HttpResponse<String> answer) throws Exception {
        return ApiClient.JSON.readTree(answer.body()).path("type").asText();
    }
}
