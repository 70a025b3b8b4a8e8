package com.callcentre.workflow.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.Bodies;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Answers and headers (issue 11): what probes found answered 500 now answers 4xx in Chinese in
 * the one error shape; dates outside 2000-2099 are refused; the headers a browser needs are sent.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class AnswersAndHeadersTest {

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void theErrorPageAskedForDirectlyIsA404InTheOneShape() throws Exception {
        for (String user : new String[] {null, "agent1"}) {
            HttpResponse<String> error = api.get("/error", user);
            assertThat(error.statusCode()).isEqualTo(404);
            assertThat(ApiClient.JSON.readTree(error.body()).path("message").asText()).isEqualTo("未找到该地址");
        }
        HttpResponse<String> wrongMethod = api.send(api.request("/api/complaints", "agent1", "demo")
                .method("PATCH", BodyPublishers.noBody()));
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("不支持此请求方法").doesNotContain("Method Not Allowed");
    }

    @Test
    void aMalformedAcceptLanguageIsIgnoredOnEveryRoute() throws Exception {
        for (String path : List.of("/engine-rest/task", "/api/holidays?year=2026", "/camunda/app/tasklist/default/")) {
            HttpResponse<String> answer = api.send(api.request(path, "agent1", "demo")
                    .header("Accept-Language", ";;;q=x,,zz-"));
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isLessThan(400);
        }
    }

    @Test
    void yearsOutsideTwoThousandToTwentyNinetyNineAreRefusedNamingTheField() throws Exception {
        Map<String, HttpResponse<String>> answers = Map.of(
                "date", api.post("/api/shifts", "leader1", Map.of("employee", "agent1", "date", "0000-01-01", "type", "DAY")),
                "date ", api.post("/api/holidays", "admin", Map.of("date", "1900-01-01", "kind", "BREAK_DAY", "name", "x")),
                "month", api.get("/api/reports/monthly?month=9999-12", "manager1"),
                "week", api.get("/api/reports/weekly?week=0001-W01", "manager1"),
                "end", api.post("/api/leave-requests", "agent1", Map.of("employee", "agent1", "type", "PERSONAL",
                        "start", "2030-01-08T08:00+08:00", "end", "+999999999-12-31T00:00Z", "reason", "x")));
        answers.forEach((field, answer) -> {
            assertThat(answer.statusCode()).as(field + ": " + answer.body()).isEqualTo(400);
            try {
                assertThat(ApiClient.errorFields(answer)).contains(field.trim());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aControlCharacterInATextOrAnAddressIsA400NamingTheField() throws Exception {
        HttpResponse<String> body = api.post("/api/complaints", "agent1",
                Bodies.with(
                        com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint(), "description", "多扣\u0000费"));
        HttpResponse<String> query = api.get("/api/complaints/CS%00", "agent1");

        assertThat(body.statusCode()).as(body.body()).isEqualTo(400);
        assertThat(ApiClient.errorFields(body)).containsExactly("description");
        assertThat(query.statusCode()).as(query.body()).isLessThan(500);
    }

    @Test
    void theApiTheEngineApiAndThePagesSendTheirSecurityHeaders() throws Exception {
        for (String path : List.of("/api/holidays?year=2026", "/engine-rest/task", "/reports/", "/customer-contact/")) {
            HttpResponse<String> answer = api.get(path, "manager1");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        HttpResponse<String> page = api.get("/reports/", null);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("frame-ancestors 'none'", "script-src 'self'"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();

        HttpResponse<String> behindHttps = api.send(api.request("/reports/", null, null)
                .header("X-Forwarded-Proto", "https"));
        assertThat(behindHttps.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v ->
                assertThat(v).startsWith("max-age="));
    }

    @Test
    void errorBodiesOfTheEngineApiCarryNoSqlNorEngineEntities() throws Exception {
        HttpResponse<String> answer = api.post("/engine-rest/task/no-such-task/complete", "agent1", Map.of("variables", Map.of()));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("ENGINE-", "Entity", "ACT_", "SQL");
    }

    /**
     * A restart that leaves out its instructions fails in Camunda's request object, before any
     * command (and before the gate that refuses restarts to staff): a 400 in Chinese, never a 500
     * with Java's exception text.
     */
    @Test
    void aRequestCamundaCannotApplyIsA400WithoutJavaInternals() throws Exception {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("complaint-handling").latestVersion().singleResult().getId();

        for (String path : List.of("restart", "restart-async")) {
            HttpResponse<String> answer = api.post("/engine-rest/process-definition/" + definitionId + "/" + path,
                    "agent1", Map.of());

            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.body()).contains("请求有误")
                    .doesNotContain("NullPointerException", "java.", "instructions", "Cannot invoke");
        }
    }
}
