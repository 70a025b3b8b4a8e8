package com.callcentre.workflow.complaint;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.Bodies.without;
import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The HTTP API of docs/processes.md ("HTTP API") as a client sees it: real HTTP on the running
 * application, through the real authentication filters, the engine's authorizations and the
 * engine REST API.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class ComplaintApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FULL_PHONE = "13800138000";
    private static final String FULL_NAME = "张三";
    /**
     * The engine throttles a user after a wrong password (its login delay): for some seconds
     * even the right password is refused. So wrong passwords are tried only with a user no
     * other test here signs in as.
     */
    private static final String WRONG_PASSWORD_USER = "agent4";

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;

    /**
     * Not a process test, so not held to the process coverage gate. The coverage plugin on the
     * shared engine still records every step and refuses to run without a collector (it gets
     * one only for classes that take part), so this class gives it one that keeps nothing.
     */
    @BeforeEach
    void recordNoProcessCoverage() {
        api = new ApiClient(port);
    }

    // --- POST and GET /api/complaints ----------------------------------------------------------

    @Test
    void agentRegistersAComplaintAndReadsItBackWithTheCustomerMasked() throws Exception {
        HttpResponse<String> created = api.post("/api/complaints", "agent1", billingComplaint());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode registered = JSON.readTree(created.body());
        String ticketNo = registered.path("ticketNo").asText();
        assertThat(ticketNo).matches("CS\\d{8}-\\d{6}");
        assertThat(registered.path("processInstanceId").asText()).isNotBlank();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/complaints/" + ticketNo);
        assertThat(created.body()).doesNotContain(FULL_PHONE, FULL_NAME);

        HttpResponse<String> read = api.get("/api/complaints/" + ticketNo, "agent1");

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).as("CP-9: the customer is masked everywhere in the answer")
                .doesNotContain(FULL_PHONE, FULL_NAME);
        JsonNode ticket = JSON.readTree(read.body());
        assertThat(ticket.path("ticketNo").asText()).isEqualTo(ticketNo);
        assertThat(ticket.path("processInstanceId").asText()).isEqualTo(registered.path("processInstanceId").asText());
        assertThat(ticket.path("status").asText()).isEqualTo("AWAITING_DISPATCH");
        assertThat(ticket.path("owner").asText()).as("CP-2: the registering agent owns the ticket").isEqualTo("agent1");
        assertThat(ticket.path("category").asText()).isEqualTo("BILLING");
        assertThat(ticket.path("customer").path("phone").asText()).isEqualTo("138****8000");
        assertThat(ticket.path("customer").path("name").asText()).isEqualTo("张*");
        JsonNode step = ticket.path("currentSteps").path(0);
        assertThat(ticket.path("currentSteps")).hasSize(1);
        assertThat(step.path("key").asText()).isEqualTo("dispatch");
        assertThat(texts(step.path("candidateGroups"))).containsExactly("complaint-manager");
        JsonNode first = ticket.path("trail").path(0);
        assertThat(first.path("step").asText()).isEqualTo("registerTicket");
        assertThat(first.path("actor").asText()).isEqualTo("agent1");
    }

    /** One bad field of an otherwise good intake, and the field the answer must name. */
    record BadInput(String scenario, Map<String, Object> body, String field) {
        @Override
        public String toString() {
            return scenario;
        }
    }

    static Stream<BadInput> badInputs() {
        return Stream.of(
                new BadInput("missing channel", without(billingComplaint(), "channel"), "channel"),
                new BadInput("unknown type QUESTION", with(billingComplaint(), "type", "QUESTION"), "type"),
                new BadInput("unknown category", with(billingComplaint(), "category", "WEATHER"), "category"),
                new BadInput("unknown VIP level", with(billingComplaint(), "vipLevel", "PLATINUM"), "vipLevel"),
                new BadInput("phone too short", with(billingComplaint(), "customerPhone", "12345"), "customerPhone"),
                new BadInput("phone with a letter", with(billingComplaint(), "customerPhone", "1380013800a"),
                        "customerPhone"),
                new BadInput("blank customer name", with(billingComplaint(), "customerName", "   "), "customerName"),
                new BadInput("customer name of 51 characters", with(billingComplaint(), "customerName", "张".repeat(51)),
                        "customerName"),
                new BadInput("description of 2001 characters",
                        with(billingComplaint(), "description", "扣".repeat(2001)), "description"),
                new BadInput("missing description", without(billingComplaint(), "description"), "description"),
                new BadInput("missing resolvedAtFirstContact", without(billingComplaint(), "resolvedAtFirstContact"),
                        "resolvedAtFirstContact"),
                new BadInput("major as text \"yes\"", with(billingComplaint(), "major", "yes"), "major"),
                new BadInput("malformed repeatOf", with(billingComplaint(), "repeatOf", "ABC"), "repeatOf"),
                new BadInput("repeatOf of no existing ticket", with(billingComplaint(), "repeatOf", "CS20200101-999999"),
                        "repeatOf"),
                new BadInput("unknown extra field", with(billingComplaint(), "foo", "bar"), "foo"));
    }

    @ParameterizedTest(name = "{0} is refused naming {2} and creates nothing")
    @MethodSource("badInputs")
    void badIntakeIsRefusedNamingTheFieldAndCreatesNothing(BadInput bad) throws Exception {
        Created before = created();

        HttpResponse<String> response = api.post("/api/complaints", "agent1", bad.body());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("status").asInt()).isEqualTo(400);
        assertThat(ApiClient.fieldNames(error)).as("the one error shape").containsExactly("status", "message", "rule", "errors");
        assertThat(error.path("rule").isNull()).as("no rule: bad input").isTrue();
        assertThat(fields(error)).containsExactly(bad.field());
        assertThat(error.path("errors").path(0).path("message").asText()).isNotBlank();
        assertThat(created()).isEqualTo(before);
    }

    @Test
    void intakeWithSeveralBadFieldsNamesEachOfThem() throws Exception {
        Map<String, Object> body = without(billingComplaint(), "channel");
        body.put("customerPhone", "12345");
        body.put("major", "yes");
        body.put("foo", 1);
        Created before = created();

        HttpResponse<String> response = api.post("/api/complaints", "agent1", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(fields(JSON.readTree(response.body())))
                .containsExactlyInAnyOrder("channel", "customerPhone", "major", "foo");
        assertThat(created()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsRefusedNamingTheBody() throws Exception {
        Created before = created();

        HttpResponse<String> response = api.postRaw("/api/complaints", "agent1", "application/json", "{\"channel\":");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(fields(JSON.readTree(response.body()))).containsExactly("body");
        assertThat(created()).isEqualTo(before);
    }

    @Test
    void jsonArrayInsteadOfAnObjectIsRefused() throws Exception {
        Created before = created();

        HttpResponse<String> response = api.postRaw("/api/complaints", "agent1", "application/json",
                JSON.writeValueAsString(List.of(billingComplaint())));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(fields(JSON.readTree(response.body()))).containsExactly("body");
        assertThat(created()).isEqualTo(before);
    }

    @Test
    void plainTextBodyIsRefusedAsUnsupportedMediaType() throws Exception {
        Created before = created();

        HttpResponse<String> response = api.postRaw("/api/complaints", "agent1", "text/plain",
                JSON.writeValueAsString(billingComplaint()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("status").asInt()).isEqualTo(415);
        assertThat(error.path("message").asText()).contains("application/json");
        assertThat(created()).isEqualTo(before);
    }

    @ParameterizedTest(name = "fixed-line number \"{0}\" is accepted")
    @ValueSource(strings = {"010-12345678", "0755 1234567"})
    void fixedLineNumberWithAreaCodeIsAccepted(String phone) throws Exception {
        HttpResponse<String> created = api.post("/api/complaints", "agent2", with(billingComplaint(), "customerPhone", phone));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> read = api.get(location(created), "agent2");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(phone);
        assertThat(JSON.readTree(read.body()).path("customer").path("phone").asText())
                .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4));
    }

    @Test
    void repeatOfAnExistingTicketIsAccepted() throws Exception {
        String earlier = ticketNo(api.post("/api/complaints", "agent1", billingComplaint()));

        HttpResponse<String> created = api.post("/api/complaints", "agent3", with(billingComplaint(), "repeatOf", earlier));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode ticket = JSON.readTree(api.get(location(created), "agent3").body());
        assertThat(ticket.path("repeatOf").asText()).isEqualTo(earlier);
        assertThat(ticket.path("ticketNo").asText()).isNotEqualTo(earlier);
    }

    // --- authentication ------------------------------------------------------------------------

    @Test
    void apiWithoutCredentialsAsksForBasicAuthenticationAndCreatesNothing() throws Exception {
        String ticketNo = ticketNo(api.post("/api/complaints", "agent1", billingComplaint()));
        Created before = created();

        HttpResponse<String> post = api.send(api.request("/api/complaints", null, null)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(JSON.writeValueAsString(billingComplaint()))));
        HttpResponse<String> get = api.send(api.request("/api/complaints/" + ticketNo, null, null).GET());

        for (HttpResponse<String> response : List.of(post, get)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Basic"));
            assertThat(response.body()).doesNotContain(FULL_PHONE, ticketNo);
        }
        assertThat(created()).isEqualTo(before);
    }

    @Test
    void wrongPasswordIsUnauthorized() throws Exception {
        Created before = created();

        HttpResponse<String> post = api.send(api.request("/api/complaints", WRONG_PASSWORD_USER, "wrong")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(JSON.writeValueAsString(billingComplaint()))));
        HttpResponse<String> get = api.send(api.request("/api/complaints/CS20200101-000001", WRONG_PASSWORD_USER, "wrong").GET());

        assertThat(post.statusCode()).as(post.body()).isEqualTo(401);
        assertThat(get.statusCode()).as(get.body()).isEqualTo(401);
        assertThat(created()).isEqualTo(before);
    }

    @Test
    void engineRestNeedsBasicAuthentication() throws Exception {
        HttpResponse<String> anonymous = api.send(api.request("/engine-rest/task", null, null).GET());
        HttpResponse<String> wrongPassword = api.send(api.request("/engine-rest/task", WRONG_PASSWORD_USER, "wrong").GET());
        HttpResponse<String> agent = api.get("/engine-rest/task", "agent1");

        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic"));
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(agent.statusCode()).as(agent.body()).isEqualTo(200);
        assertThat(JSON.readTree(agent.body()).isArray()).isTrue();
    }

    @Test
    void healthAndTheWebappLoginPageAnswerAnonymously() throws Exception {
        HttpResponse<String> health = api.send(api.request("/actuator/health", null, null).GET());
        HttpClient following = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> tasklist = following.send(api.request("/camunda/app/tasklist/", null, null).setHeader("Accept", "text/html").GET().build(),
                BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).path("status").asText()).isEqualTo("UP");
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.body()).containsIgnoringCase("<html");
    }

    // --- authorization -------------------------------------------------------------------------

    /**
     * CP-9: an agent reads the whole view of the tickets they registered; another agent's only for
     * the call in hand, after searching the caller's number, and not once the caller window is over.
     */
    @Test
    void cp9AnAgentReadsAnotherAgentsTicketOnlyForTheCallInHand() throws Exception {
        String phone = "139" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        String ticketNo = ticketNo(api.post("/api/complaints", "agent1", with(billingComplaint(), "customerPhone", phone)));

        HttpResponse<String> before = api.get("/api/complaints/" + ticketNo, "agent2");
        assertThat(before.statusCode()).as(before.body()).isEqualTo(403);
        assertThat(before.body()).contains("CP-9").doesNotContain("多扣", "BILLING");
        assertThat(api.get("/api/complaints/" + ticketNo, "agent1").statusCode()).as("the owner").isEqualTo(200);
        assertThat(api.get("/api/complaints/" + ticketNo, "handler1").statusCode()).as("the centre").isEqualTo(200);

        assertThat(api.get("/api/tickets?phone=" + phone, "agent2").statusCode()).isEqualTo(200);
        HttpResponse<String> during = api.get("/api/complaints/" + ticketNo, "agent2");
        assertThat(during.statusCode()).as(during.body()).isEqualTo(200);
        assertThat(during.body()).contains("多扣");
        assertThat(api.get("/api/complaints/" + ticketNo, "agent3").statusCode()).as("who did not search").isEqualTo(403);

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(31))));
        try {
            assertThat(api.get("/api/complaints/" + ticketNo, "agent2").statusCode()).as("the call is over")
                    .isEqualTo(403);
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void departmentLiaisonMayNeitherRegisterNorReadTickets() throws Exception {
        String ticketNo = ticketNo(api.post("/api/complaints", "agent1", billingComplaint()));
        Created before = created();

        HttpResponse<String> post = api.post("/api/complaints", "billing1", billingComplaint());
        HttpResponse<String> get = api.get("/api/complaints/" + ticketNo, "billing1");

        assertThat(post.statusCode()).as(post.body()).isEqualTo(403);
        assertThat(JSON.readTree(post.body()).path("message").asText()).isNotBlank();
        assertThat(created()).isEqualTo(before);
        assertThat(get.statusCode()).as(get.body()).isEqualTo(403);
        assertThat(get.body()).doesNotContain(ticketNo, "BILLING", "话费");
    }

    @Test
    void qualityInspectorReadsATicketButMayNotRegisterOne() throws Exception {
        String ticketNo = ticketNo(api.post("/api/complaints", "agent1", billingComplaint()));
        Created before = created();

        HttpResponse<String> read = api.get("/api/complaints/" + ticketNo, "inspector1");
        HttpResponse<String> post = api.post("/api/complaints", "inspector1", billingComplaint());

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).path("ticketNo").asText()).isEqualTo(ticketNo);
        assertThat(read.body()).doesNotContain(FULL_PHONE, FULL_NAME);
        assertThat(post.statusCode()).as(post.body()).isEqualTo(403);
        assertThat(created()).isEqualTo(before);
    }

    @Test
    void unknownTicketIsNotFound() throws Exception {
        HttpResponse<String> response = api.get("/api/complaints/CS20200101-000001", "agent1");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("status").asInt()).isEqualTo(404);
        assertThat(error.path("message").asText()).contains("CS20200101-000001");
    }

    // --- engine REST ---------------------------------------------------------------------------

    @Test
    void dispatchToNoDepartmentOverEngineRestIsABadRequestAndTheTaskStaysOpen() throws Exception {
        String ticketNo = ticketNo(api.post("/api/complaints", "agent1", billingComplaint()));
        String taskId = JSON.readTree(api.get("/api/complaints/" + ticketNo, "manager1").body())
                .path("currentSteps").path(0).path("taskId").asText();
        assertThat(taskId).isNotBlank();

        HttpResponse<String> claim = api.post("/engine-rest/task/" + taskId + "/claim", "manager1",
                Map.of("userId", "manager1"));
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);

        HttpResponse<String> complete = api.post("/engine-rest/task/" + taskId + "/complete", "manager1",
                Map.of("variables", Map.of("departments", Map.of("value", "[]", "type", "Json"))));

        assertThat(complete.statusCode()).as("engine REST answer: %s", complete.body()).isEqualTo(400);
        assertThat(complete.body()).contains("departments");
        HttpResponse<String> task = api.get("/engine-rest/task/" + taskId, "manager1");
        assertThat(task.statusCode()).as(task.body()).isEqualTo(200);
        assertThat(JSON.readTree(task.body()).path("assignee").asText()).isEqualTo("manager1");
        JsonNode ticket = JSON.readTree(api.get("/api/complaints/" + ticketNo, "manager1").body());
        assertThat(ticket.path("status").asText()).isEqualTo("AWAITING_DISPATCH");
        assertThat(ticket.path("currentSteps").path(0).path("key").asText()).isEqualTo("dispatch");
        assertThat(ticket.path("orders")).isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------

    /** What exists: tickets in the application's table and instances in the engine's history. */
    record Created(long tickets, long instances) {
    }

    private Created created() {
        long tickets = jdbc.sql("select count(*) from ticket").query(Long.class).single();
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("complaint-handling").count();
        return new Created(tickets, instances);
    }

    private static List<String> fields(JsonNode error) {
        List<String> fields = new ArrayList<>();
        error.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(e -> texts.add(e.asText()));
        return texts;
    }

    private static String ticketNo(HttpResponse<String> created) throws IOException {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("ticketNo").asText();
    }

    private static String location(HttpResponse<String> created) {
        return created.headers().firstValue("Location").orElseThrow();
    }
}
