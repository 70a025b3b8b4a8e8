package com.callcentre.workflow.emergency;

import static com.callcentre.workflow.emergency.EmergencyFixture.DAY;
import static com.callcentre.workflow.emergency.EmergencyFixture.clock;
import static com.callcentre.workflow.emergency.EmergencyFixture.report;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.ProcessKeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Emergencies over HTTP (EM-1): {@code POST /api/emergencies} with bad input changes nothing, and
 * every attack as staff would send it to {@code /engine-rest} is refused by the engine
 * ({@code integrity.CommandGate} against the emergency forms, the assignment rule): a start or a
 * completion with extra variables or without what was done, the duty leader's task taken by another.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class EmergencyAttackTest {

    private static final String REST = "/engine-rest";

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ProcessEngine engine;
    @Autowired
    EmergencyFixture fixture;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixture.rostered("leader1", DAY, ShiftType.DAY);
        clock("2030-06-11T10:00+08:00");
    }

    @AfterEach
    void cleanUp() {
        fixture.clean();
    }

    private static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }

    private HttpResponse<String> complete(String user, String taskId, Map<String, Object> variables) throws Exception {
        return api.post(REST + "/task/" + taskId + "/complete", user, Map.of("variables", variables));
    }

    private Task handleTask() {
        ProcessInstance pi = fixture.report("agent1", report("FIRE", "机房冒烟", "二楼机房"));
        return fixture.task(pi, "handleEmergency");
    }

    private void stillOpen(Task task) {
        Task now = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(now).as("the task stays open").isNotNull();
        assertThat(now.getAssignee()).isEqualTo("leader1");
        assertThat(fixture.log(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey()))
                .as("nothing but the registration on the log").hasSize(1);
    }

    // --- POST /api/emergencies ------------------------------------------------------------------

    @Test
    void em1AnyoneOnTheFloorReportsAnEmergencyAndTheLeaderOnDutyHasTheTaskAtOnce() throws Exception {
        HttpResponse<String> created = api.post("/api/emergencies", "agent2",
                Map.of("kind", "POWER_CUT", "situation", "整层停电", "location", "三楼"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = ApiClient.JSON.readTree(created.body());
        String no = body.path("emergencyNo").asText();
        assertThat(no).matches("TF20300611-\\d{4,}");
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(body.path("processInstanceId").asText())
                .singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("handleEmergency");
        assertThat(task.getAssignee()).isEqualTo("leader1");
        assertThat(fixture.log(no)).extracting(EmergencyFixture.Entry::author).containsExactly("system");
    }

    @Test
    void em1BadInputIsA400NamingEachFieldAndNothingIsStarted() throws Exception {
        Map<String, Object> bad = new HashMap<>();
        bad.put("kind", "EARTHQUAKE");
        bad.put("situation", " ");
        bad.put("location", "x".repeat(201));
        bad.put("dutyLeader", "leader2");

        HttpResponse<String> refused = api.post("/api/emergencies", "agent1", bad);
        HttpResponse<String> empty = api.post("/api/emergencies", "agent1", Map.of());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(ApiClient.errorFields(refused)).contains("kind", "situation", "location", "dutyLeader");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(ApiClient.errorFields(empty)).contains("kind", "situation", "location");
        assertThat(empty.body()).contains("必填");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.EMERGENCY)
                .count()).isZero();
        assertThat(fixture.emergencies()).isZero();
    }

    // --- /engine-rest ---------------------------------------------------------------------------

    @Test
    void em1AStartOverRestCarriesExactlyTheStartFormsFields() throws Exception {
        String start = REST + "/process-definition/key/" + ProcessKeys.EMERGENCY + "/start";

        HttpResponse<String> extra = api.post(start, "agent1", Map.of("variables", Map.of("emergencyKind", value("FIRE"),
                "situation", value("冒烟"), "location", value("机房"), "dutyLeader", value("agent1"))));
        HttpResponse<String> unknownKind = api.post(start, "agent1", Map.of("variables", Map.of(
                "emergencyKind", value("EARTHQUAKE"), "situation", value("冒烟"), "location", value("机房"))));
        HttpResponse<String> missing = api.post(start, "agent1", Map.of("variables", Map.of("emergencyKind",
                value("FIRE"))));

        assertThat(extra.statusCode()).as(extra.body()).isEqualTo(400);
        assertThat(extra.body()).contains("dutyLeader");
        assertThat(unknownKind.statusCode()).as(unknownKind.body()).isEqualTo(400);
        assertThat(unknownKind.body()).contains("emergencyKind");
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
        assertThat(missing.body()).contains("situation").contains("location");
        assertThat(fixture.emergencies()).isZero();

        HttpResponse<String> fine = api.post(start, "agent1", Map.of("variables", Map.of("emergencyKind", value("FIRE"),
                "situation", value("冒烟"), "location", value("机房"))));
        assertThat(fine.statusCode()).as(fine.body()).isEqualTo(200);
        assertThat(fixture.emergencies()).isOne();
    }

    @Test
    void em1WhatWasDoneIsRequiredAndNothingElseIsTakenOnEveryRoute() throws Exception {
        Task task = handleTask();

        HttpResponse<String> missing = complete("leader1", task.getId(), Map.of("reportRoute", value("LEVEL")));
        HttpResponse<String> extra = complete("leader1", task.getId(), Map.of("actionsTaken", value("已处置"),
                "mustReportUp", value(false)));
        HttpResponse<String> badRoute = complete("leader1", task.getId(), Map.of("actionsTaken", value("已处置"),
                "reportRoute", value("NONE")));

        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
        assertThat(missing.body()).contains("actionsTaken");
        assertThat(extra.statusCode()).as(extra.body()).isEqualTo(400);
        assertThat(extra.body()).contains("mustReportUp");
        assertThat(badRoute.statusCode()).as(badRoute.body()).isEqualTo(400);
        assertThat(badRoute.body()).contains("reportRoute");
        stillOpen(task);

        HttpResponse<String> done = complete("leader1", task.getId(), Map.of("actionsTaken", value("已疏散人员"),
                "reportRoute", value("LEVEL")));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    @Test
    void em1TheDutyLeadersTaskIsNotClaimableNorHandedOnByOthers() throws Exception {
        Task task = handleTask();

        HttpResponse<String> claim = api.post(REST + "/task/" + task.getId() + "/claim", "leader2",
                Map.of("userId", "leader2"));
        HttpResponse<String> byDirector = complete("director1", task.getId(), Map.of("actionsTaken", value("代为处置")));
        HttpResponse<String> handOn = api.post(REST + "/task/" + task.getId() + "/assignee", "leader1",
                Map.of("userId", "leader2"));
        HttpResponse<String> unclaim = api.post(REST + "/task/" + task.getId() + "/unclaim", "leader1", Map.of());

        assertThat(claim.statusCode()).as(claim.body()).isIn(403, 404);
        assertThat(byDirector.statusCode()).as(byDirector.body()).isIn(403, 404);
        assertThat(handOn.statusCode()).as(handOn.body()).isBetween(400, 499);
        assertThat(unclaim.statusCode()).as(unclaim.body()).isBetween(400, 499);
        stillOpen(task);
    }
}
