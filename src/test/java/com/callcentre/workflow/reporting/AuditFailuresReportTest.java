package com.callcentre.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.quality.AuditFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The daily audit's failures in the weekly and monthly reports (CP-8, RP-1), per handler (who
 * reviewed the receipt) and per owner (the first-contact agent), as JSON and CSV. Three tickets
 * closed on Monday 2033-04-04 (2033-W14), audited on Tuesday: agent1's reviewed by handler1
 * fails, agent2's reviewed by handler1 fails, agent1's reviewed by handler2 passes.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditFailuresReportTest {

    static final String WEEK = "2033-W14";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    AuditFixture audits;
    @Autowired
    ComplaintFixture complaints;
    ApiClient api;
    boolean audited;

    /** Once, before the first test (not in @BeforeAll: the coverage collector is set up per test method). */
    @BeforeEach
    void aDayAudited() {
        api = new ApiClient(port);
        if (audited) {
            return;
        }
        audited = true;
        secondHandler();
        AuditFixture.clockAt("2033-04-04T10:00");
        audits.archived("agent1", "BILLING", "billing", "handler1"); // fails
        audits.archived("agent2", "NETWORK", "network", "handler1"); // fails
        ProcessInstance passedOfAgent1 = audits.archived("agent1", "BILLING", "billing", "handler2");
        ProcessInstance audit = audits.runTimerAt("2033-04-05T08:00");
        AuditFixture.clockAt("2033-04-05T09:00");
        for (Task task : audits.tasks(audit)) {
            Object ticketNo = audits.local(task, "ticketNo");
            Map<String, Object> verdict = ticketNo.equals(passedOfAgent1.getBusinessKey())
                    ? Map.of("auditOutcome", "PASS")
                    : Map.of("auditOutcome", "FAIL", "auditReason", "回访前未核实处理结果");
            complaints.complete("manager1", task, verdict);
        }
    }

    @AfterAll
    void cleanUp() {
        audits.clean();
        engine.getIdentityService().deleteUser("handler2");
    }

    @Test
    void rp1FailuresArePerHandlerAndPerOwnerInTheWeekAndTheMonth() throws Exception {
        for (String path : List.of("/api/reports/weekly?week=" + WEEK, "/api/reports/monthly?month=2033-04")) {
            HttpResponse<String> response = api.get(path, "manager1");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode audited = ApiClient.JSON.readTree(response.body()).path("audits");

            assertThat(audited.path("audited").asInt()).isEqualTo(3);
            assertThat(audited.path("failed").asInt()).isEqualTo(2);
            assertThat(people(audited.path("handlers"))).containsExactly("handler1 2 2", "handler2 1 0");
            assertThat(people(audited.path("owners"))).containsExactly("agent1 2 1", "agent2 1 1");
        }
    }

    @Test
    void rp1TheCsvListsTheFailuresAfterTheDepartmentsTable() throws Exception {
        HttpResponse<String> csv = api.get("/api/reports/weekly?week=" + WEEK + "&format=csv", "director1");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = List.of(csv.body().substring(1).split("\r\n"));
        int start = lines.indexOf("") + 1;
        // The audit's section runs to the next blank line; each person's figures follow it.
        List<String> audit = lines.subList(start, lines.subList(start, lines.size()).indexOf("") + start);

        assertThat(audit).containsExactly(
                "检验审核,人员,审核工单,不合格",
                "处理人,handler1,2,2",
                "处理人,handler2,1,0",
                "首问责任人,agent1,2,1",
                "首问责任人,agent2,1,1",
                "检验审核,合计,3,2");
    }

    @Test
    void aWeekWithoutVerdictsHasNoFailures() throws Exception {
        JsonNode audited = ApiClient.JSON.readTree(api.get("/api/reports/weekly?week=2033-W13", "manager1").body())
                .path("audits");
        assertThat(audited.path("audited").asInt()).isZero();
        assertThat(audited.path("handlers")).isEmpty();
    }

    private static List<String> people(JsonNode list) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false)
                .map(p -> p.path("person").asText() + " " + p.path("audited").asInt() + " " + p.path("failed").asInt())
                .toList();
    }

    /** A second complaint handler, for this test only. */
    private void secondHandler() {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId("handler2").count() == 0) {
            User user = identity.newUser("handler2");
            user.setFirstName("何平");
            user.setLastName("");
            user.setPassword("Handler2-Passw0rd!");
            identity.saveUser(user);
            identity.createMembership("handler2", "complaint-handler");
        }
    }
}
