package com.callcentre.workflow.identity;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.WebappSession;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.system.ProcessKeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CP-9 at the engine: a complaint's history (its variables, steps, tasks, changes) is not handed
 * out over the engine's REST API ({@code /engine-rest}, the webapps' {@code /camunda/api/engine})
 * to staff who do not supervise. Agents, handlers and liaisons read tickets through {@code /api},
 * in the scope of {@code search.TicketAccess}; Cockpit's users (managers, duty leaders, directors,
 * inspectors) keep the engine's history. Attacked as the demo users with their own logins.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class ComplaintHistoryAttackTest {

    private static final List<String> NOT_SUPERVISORS = List.of("agent2", "agent1", "handler1", "billing1");
    private static final List<String> SUPERVISORS = List.of("manager1", "leader1", "director1", "centerdirector1",
            "inspector1", "admin");

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture complaints;
    @Autowired
    IdentitySetup setup;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    /** The history lists of one ticket, and of every ticket of the process. */
    private static List<String> historyOf(ProcessInstance pi) {
        String instance = "processInstanceId=" + pi.getId();
        String process = "processDefinitionKey=" + ProcessKeys.COMPLAINT_HANDLING;
        return List.of(
                "/history/variable-instance?" + process,
                "/history/variable-instance?" + instance,
                "/history/process-instance?" + process,
                "/history/process-instance?processInstanceBusinessKey=" + pi.getBusinessKey(),
                "/history/activity-instance?" + instance,
                "/history/task?" + instance,
                "/history/detail?" + instance,
                "/history/identity-link-log?" + process,
                "/history/user-operation?" + instance);
    }

    @Test
    void cp9NoAgentHandlerOrLiaisonReadsAComplaintsHistoryOverTheEngineApi() throws Exception {
        ProcessInstance pi = complaints.register("agent1", billingComplaint());
        String ticketNo = pi.getBusinessKey();

        for (String user : NOT_SUPERVISORS) {
            for (String path : historyOf(pi)) {
                HttpResponse<String> read = api.get("/engine-rest" + path, user);
                assertThat(read.statusCode()).as(user + " " + path + ": " + read.body()).isIn(200, 403);
                if (read.statusCode() == 200) {
                    assertThat(ApiClient.JSON.readTree(read.body())).as(user + " " + path).isEmpty();
                }
                assertThat(read.body()).as(user + " " + path).doesNotContain(ticketNo, pi.getId());
            }
            HttpResponse<String> one = api.get("/engine-rest/history/process-instance/" + pi.getId(), user);
            assertThat(one.statusCode()).as(user + ": " + one.body()).isEqualTo(404);
            assertThat(ApiClient.JSON.readTree(one.body()).path("message").asText())
                    .isEqualTo("未找到该历史流程实例：它不存在，或您无权查看");
            assertThat(one.body()).doesNotContain(ticketNo, pi.getId());
            HttpResponse<String> count = api.get("/engine-rest/history/variable-instance/count?processDefinitionKey="
                    + ProcessKeys.COMPLAINT_HANDLING, user);
            assertThat(ApiClient.JSON.readTree(count.body()).path("count").asLong()).as(user).isZero();
        }
        // The same over the webapps' engine API, with Tasklist's session.
        WebappSession tasklist = WebappSession.logIn(port, "agent2");
        for (String path : historyOf(pi)) {
            HttpResponse<String> read = tasklist.get(WebappSession.ENGINE + path);
            assertThat(read.statusCode()).as(path).isIn(200, 403);
            assertThat(read.body()).as(path).doesNotContain(ticketNo, pi.getId());
        }
    }

    @Test
    void cp9CockpitsUsersStillReadTheHistory() throws Exception {
        ProcessInstance pi = complaints.register("agent1", billingComplaint());

        for (String user : SUPERVISORS) {
            HttpResponse<String> variables = api.get("/engine-rest/history/variable-instance?processInstanceId="
                    + pi.getId(), user);
            assertThat(variables.statusCode()).as(user).isEqualTo(200);
            assertThat(variables.body()).as(user).contains("\"ticketNo\"", pi.getBusinessKey());
        }
        WebappSession cockpit = WebappSession.logIn(port, "manager1");
        HttpResponse<String> instances = cockpit.get(WebappSession.ENGINE
                + "/history/process-instance?processInstanceBusinessKey=" + pi.getBusinessKey());
        assertThat(instances.statusCode()).isEqualTo(200);
        assertThat(instances.body()).contains(pi.getId());
        HttpResponse<String> activities = cockpit.get(WebappSession.ENGINE + "/history/activity-instance?processInstanceId="
                + pi.getId());
        assertThat(ApiClient.JSON.readTree(activities.body())).isNotEmpty();
    }

    /** A database of an earlier release holds the staff's READ_HISTORY grant: the start takes it back. */
    @Test
    void cp9TheOldGrantIsRevokedAtStart() throws Exception {
        ProcessInstance pi = complaints.register("agent1", billingComplaint());
        Authorization old = engine.getAuthorizationService().createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(StaffGroups.AGENT)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(ProcessKeys.COMPLAINT_HANDLING).singleResult();
        old.addPermission(Permissions.READ_HISTORY);
        engine.getAuthorizationService().saveAuthorization(old);
        assertThat(ApiClient.JSON.readTree(api.get("/engine-rest/history/variable-instance?processInstanceId="
                + pi.getId(), "agent2").body())).as("the old grant, as an earlier release left it").isNotEmpty();

        setup.postProcessEngineBuild(engine);

        JsonNode read = ApiClient.JSON.readTree(api.get("/engine-rest/history/variable-instance?processInstanceId="
                + pi.getId(), "agent2").body());
        assertThat(read).isEmpty();
        Authorization now = engine.getAuthorizationService().createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(StaffGroups.AGENT)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(ProcessKeys.COMPLAINT_HANDLING).singleResult();
        assertThat(now.isPermissionGranted(Permissions.READ_HISTORY)).isFalse();
        assertThat(now.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(now.isPermissionGranted(Permissions.CREATE_INSTANCE)).as("agents still register complaints").isTrue();
        assertThat(api.get("/api/complaints/" + pi.getBusinessKey(), "agent1").statusCode())
                .as("the owner still reads the ticket through /api").isEqualTo(200);
    }
}
