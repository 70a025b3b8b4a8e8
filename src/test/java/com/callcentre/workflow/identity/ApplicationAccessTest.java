package com.callcentre.workflow.identity;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.system.ProcessKeys;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Which application each demo user may open (AccessPolicy): Tasklist every member of staff,
 * Cockpit the supervisors, read-only, Admin the administrators; the reports managers and
 * directors. Checked on the engine's authorizations and by logging in as a browser does.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class ApplicationAccessTest {

    static final Set<String> COCKPIT = Set.of("manager1", "leader1", "leader2", "director1", "centerdirector1",
            "inspector1", "admin");
    static final Set<String> REPORTS = Set.of("manager1", "director1", "centerdirector1", "admin");
    /** RP-1: the duty leaders write the duty reports, the directors read them. */
    static final Set<String> DUTY_REPORTS = Set.of("leader1", "leader2", "director1", "centerdirector1", "admin");

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

    @ParameterizedTest
    @CsvSource({"agent1", "agent4", "handler1", "manager1", "leader1", "leader2", "director1", "centerdirector1",
            "inspector1", "network1", "billing1", "business1", "aftersales1", "vip1", "admin"})
    void eachUserOpensTheApplicationsOfTheirRole(String user) {
        assertThat(mayOpen(user, "tasklist")).as("Tasklist for every member of staff").isTrue();
        assertThat(mayOpen(user, "cockpit")).as("Cockpit").isEqualTo(COCKPIT.contains(user));
        assertThat(mayOpen(user, "admin")).as("Admin for administrators only").isEqualTo("admin".equals(user));
        assertThat(mayOpen(user, AccessPolicy.REPORTS_APPLICATION)).as("reports").isEqualTo(REPORTS.contains(user));
        // Cockpit's users read the decision tables and their history, so Cockpit shows how a ticket was routed.
        assertThat(may(user, Permissions.READ_HISTORY, Resources.DECISION_DEFINITION, "complaint-routing"))
                .as("decision history").isEqualTo(COCKPIT.contains(user) || "admin".equals(user));
        // The duty reports' models (RP-1): their name and diagram in Tasklist; nobody starts one by hand (their timers do).
        for (String key : List.of(ProcessKeys.DUTY_DAILY_REPORT, ProcessKeys.DUTY_MONTHLY_ANALYSIS)) {
            assertThat(may(user, Permissions.READ, Resources.PROCESS_DEFINITION, key)).as("read " + key)
                    .isEqualTo(DUTY_REPORTS.contains(user));
            assertThat(may(user, Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, key)).as("start " + key)
                    .isEqualTo("admin".equals(user));
        }
    }

    @Test
    void cockpitIsReadOnlyForTheManager() throws Exception {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        String instance = "/engine-rest/process-instance/" + pi.getId();

        HttpResponse<String> read = api.get(instance, "manager1");
        HttpResponse<String> delete = api.delete(instance, "manager1");
        HttpResponse<String> suspend = put(instance + "/suspended", "manager1", "{\"suspended\":true}");
        HttpResponse<String> variable = put(instance + "/variables/owner", "manager1", "{\"value\":\"agent2\"}");
        HttpResponse<String> definition = put("/engine-rest/process-definition/key/complaint-handling/suspended",
                "manager1", "{\"suspended\":true,\"includeProcessInstances\":true}");

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(List.of(delete.statusCode(), suspend.statusCode(), variable.statusCode(), definition.statusCode()))
                .as("delete, suspend, change a variable, suspend the definition").containsOnly(403);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).active()
                .count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "owner")).isEqualTo("agent1");
    }

    @Test
    void loggingInToCockpitIsForSupervisorsOnly() throws Exception {
        assertThat(logIn("manager1", "cockpit")).isEqualTo(200);
        assertThat(logIn("inspector1", "cockpit")).isEqualTo(200);
        assertThat(logIn("agent1", "cockpit")).isEqualTo(403);
        assertThat(logIn("billing1", "cockpit")).isEqualTo(403);
        assertThat(logIn("agent1", "tasklist")).isEqualTo(200);
        assertThat(logIn("manager1", "admin")).isEqualTo(403);
    }

    private boolean mayOpen(String user, String application) {
        return may(user, Permissions.ACCESS, Resources.APPLICATION, application);
    }

    private boolean may(String user, Permissions permission, Resources resource, String resourceId) {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList();
        return engine.getAuthorizationService().isUserAuthorized(user, groups, permission, resource, resourceId);
    }

    private HttpResponse<String> put(String path, String user, String json) throws Exception {
        return api.send(api.request(path, user, ApiClient.password(user))
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** The webapps' own login form, as the browser sends it; the answer's status. */
    private int logIn(String user, String application) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        browser.send(HttpRequest.newBuilder(uri("/camunda/app/" + application + "/default/")).GET().build(),
                BodyHandlers.ofString());
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
        String form = "username=" + user + "&password=" + URLEncoder.encode(ApiClient.password(user), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + application))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrf)
                .POST(BodyPublishers.ofString(form)).build(), BodyHandlers.ofString()).statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
