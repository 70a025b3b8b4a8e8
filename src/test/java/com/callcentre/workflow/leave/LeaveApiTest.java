package com.callcentre.workflow.leave;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.leave.LeaveFixture.SUNDAY_10;
import static com.callcentre.workflow.leave.LeaveFixture.TUESDAY;
import static com.callcentre.workflow.leave.LeaveFixture.approve;
import static com.callcentre.workflow.leave.LeaveFixture.at;
import static com.callcentre.workflow.leave.LeaveFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.staff.ShiftType;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/leave-requests} as a client sees it: 201 with the request id, 422 naming the rule
 * with nothing created, 400 naming each bad field, and who may read a request.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class LeaveApiTest {

    static final String PATH = "/api/leave-requests";

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    LeaveFixture fixture;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;

    @BeforeEach
    void noCoverage() {
    }

    @BeforeEach
    void rosterAndClock() {
        api = new ApiClient(port);
        fixture.shift("agent1", TUESDAY, ShiftType.DAY);
        fixture.shift("agent2", TUESDAY, ShiftType.DAY);
        LeaveFixture.clock(SUNDAY_10);
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    static Map<String, Object> tuesday(String employee, String type) {
        return request(employee, type, "2030-01-08T08:00+08:00", "2030-01-08T16:00+08:00");
    }

    private JsonNode json(HttpResponse<String> response) throws Exception {
        return ApiClient.JSON.readTree(response.body());
    }

    @Test
    void anEmployeeAsksForLeaveAndReadsItBack() throws Exception {
        HttpResponse<String> created = api.post(PATH, "agent1", tuesday("agent1", "PERSONAL"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String requestId = json(created).path("requestId").asText();
        assertThat(requestId).matches(LeaveNumbers.PATTERN);
        assertThat(created.headers().firstValue("Location")).hasValue(PATH + "/" + requestId);
        String instance = json(created).path("processInstanceId").asText();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey())
                .isEqualTo(requestId);

        JsonNode view = json(api.get(PATH + "/" + requestId, "agent1"));
        assertThat(view.path("status").asText()).isEqualTo("PENDING");
        assertThat(view.path("employee").asText()).isEqualTo("agent1");
        assertThat(view.path("submitter").asText()).isEqualTo("agent1");
        assertThat(view.path("type").asText()).isEqualTo("PERSONAL");
        assertThat(view.path("start").asText()).isEqualTo("2030-01-08T08:00:00+08:00");
        assertThat(view.path("end").asText()).isEqualTo("2030-01-08T16:00:00+08:00");
        assertThat(view.path("exceptions")).isEmpty();
        assertThat(view.path("decisions")).isEmpty();
    }

    @Test
    void eachDecisionShowsWhoWhenAndWhy() throws Exception {
        String requestId = json(api.post(PATH, "agent1", tuesday("agent1", "PERSONAL"))).path("requestId").asText();
        LeaveFixture.clock(at("2030-01-06T11:00+08:00"));
        fixture.complete("leader1", fixture.task(requestId, "dutyLeaderApproval"), approve("已安排顶岗"));

        JsonNode decision = json(api.get(PATH + "/" + requestId, "leader1")).path("decisions").get(0);

        assertThat(decision.path("level").asInt()).isEqualTo(1);
        assertThat(decision.path("levelName").asText()).isEqualTo("值班长");
        assertThat(decision.path("approver").asText()).isEqualTo("leader1");
        assertThat(decision.path("approved").asBoolean()).isTrue();
        assertThat(decision.path("comment").asText()).isEqualTo("已安排顶岗");
        assertThat(decision.path("decidedAt").asText()).isEqualTo("2030-01-06T11:00:00+08:00");
    }

    @Test
    void lv4PersonalLeaveForSomeoneElseIs422NamingTheRuleAndCreatesNothing() throws Exception {
        long before = fixture.instances();

        HttpResponse<String> refused = api.post(PATH, "agent2", tuesday("agent1", "PERSONAL"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(ApiClient.fieldNames(json(refused))).as("the one error shape")
                .containsExactly("status", "message", "rule", "errors");
        assertThat(json(refused).path("status").asInt()).isEqualTo(422);
        assertThat(json(refused).path("rule").asText()).isEqualTo("LV-4");
        assertThat(json(refused).path("message").asText()).contains("本人");
        assertThat(json(refused).path("errors").findValuesAsText("field")).containsExactly("employee");
        assertThat(fixture.instances()).isEqualTo(before);
        assertThat(fixture.requestsOf("agent1")).isZero();
    }

    @Test
    void sickLeaveForSomeoneElseIsAccepted() throws Exception {
        HttpResponse<String> created = api.post(PATH, "agent2", tuesday("agent1", "SICK"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(fixture.requestsOf("agent1")).isEqualTo(1);
    }

    @Test
    void lv6And7And9AreRefusedWith422() throws Exception {
        fixture.shift("agent1", TUESDAY.plusDays(1), ShiftType.NIGHT);
        LeaveFixture.clock(at("2030-01-08T12:00+08:00"));
        HttpResponse<String> night = api.post(PATH, "agent1",
                request("agent1", "SICK", "2030-01-09T00:00+08:00", "2030-01-09T08:00+08:00"));
        assertThat(json(night).path("rule").asText()).as(night.body()).isEqualTo("LV-6");

        LocalDate holiday = TUESDAY.plusDays(3);
        fixture.holiday(holiday);
        fixture.shift("agent1", holiday, ShiftType.DAY);
        LeaveFixture.clock(at("2030-01-09T00:01+08:00"));
        HttpResponse<String> onHoliday = api.post(PATH, "agent1",
                request("agent1", "SICK", "2030-01-11T08:00+08:00", "2030-01-11T16:00+08:00"));
        assertThat(json(onHoliday).path("rule").asText()).as(onHoliday.body()).isEqualTo("LV-7");

        fixture.markSwapped(fixture.shift("agent1", TUESDAY.plusDays(4), ShiftType.DAY), 3);
        HttpResponse<String> swapped = api.post(PATH, "agent1",
                request("agent1", "SICK", "2030-01-12T08:00+08:00", "2030-01-12T16:00+08:00"));
        assertThat(swapped.statusCode()).isEqualTo(422);
        assertThat(json(swapped).path("rule").asText()).as(swapped.body()).isEqualTo("LV-9");
        assertThat(fixture.requestsOf("agent1")).isZero();
    }

    @Test
    void lv6AnEmergencySickLeavePhonedInBySomeoneElseBeforeTheNightIs201AndMarkedForTheApprover() throws Exception {
        fixture.shift("agent1", TUESDAY.plusDays(1), ShiftType.NIGHT);
        LeaveFixture.clock(at("2030-01-08T23:00+08:00"));
        Map<String, Object> phonedIn = with(request("agent1", "SICK", "2030-01-09T00:00+08:00",
                "2030-01-09T08:00+08:00"), "emergency", true);

        HttpResponse<String> inPerson = api.post(PATH, "agent1", phonedIn);
        assertThat(inPerson.statusCode()).as(inPerson.body()).isEqualTo(422);
        assertThat(json(inPerson).path("rule").asText()).isEqualTo("LV-6");
        assertThat(json(inPerson).path("message").asText()).contains("夜班");

        HttpResponse<String> created = api.post(PATH, "agent2", phonedIn);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String requestId = json(created).path("requestId").asText();
        JsonNode exceptions = json(api.get(PATH + "/" + requestId, "leader1")).path("exceptions");
        assertThat(exceptions.findValuesAsText("rule")).containsExactly("LV-6", "LV-5");
        assertThat(exceptions.get(1).path("description").asText()).contains("他人班前电话代请");
        String instance = json(created).path("processInstanceId").asText();
        assertThat(runtime.getVariable(instance, "exceptionText").toString()).contains("LV-5 急诊病假");
    }

    @Test
    void lv5ACertificateNotContinuousWithTheLeaveIs400NamingTheRuleOnTheEngineRestApi() throws Exception {
        org.camunda.bpm.engine.runtime.ProcessInstance pi = fixture.submit("agent2",
                request("agent1", "SICK", "2030-01-08T00:00+08:00", "2030-01-09T00:00+08:00"));
        fixture.complete("leader1", fixture.task(pi.getBusinessKey(), "dutyLeaderApproval"), approve("同意"));
        fixture.complete("director1", fixture.task(pi.getBusinessKey(), "csDirectorApproval"), approve("同意"));
        LeaveFixture.clock(at("2030-01-09T00:00+08:00"));
        fixture.fire(fixture.dueTimers(pi.getId(), "firstDayBack").get(0));
        String task = fixture.task(pi.getBusinessKey(), "submitCertificate").getId();

        HttpResponse<String> gap = api.post("/engine-rest/task/" + task + "/complete", "agent1",
                Map.of("variables", Map.of("certificateHandedIn", Map.of("value", true),
                        "certifiedFrom", Map.of("value", "2030-01-09"), "certifiedTo", Map.of("value", "2030-01-10"))));

        assertThat(gap.statusCode()).as(gap.body()).isEqualTo(400);
        assertThat(gap.body()).contains("LV-5").contains("病假证明时间必须连续");
        assertThat(fixture.task(pi.getBusinessKey(), "submitCertificate").getId()).isEqualTo(task);
    }

    @Test
    void aMarkedRequestShowsItsExceptions() throws Exception {
        LeaveFixture.clock(at("2030-01-07T09:00+08:00"));
        String requestId = json(api.post(PATH, "agent1", tuesday("agent1", "PERSONAL"))).path("requestId").asText();

        JsonNode exceptions = json(api.get(PATH + "/" + requestId, "agent1")).path("exceptions");

        assertThat(exceptions).hasSize(1);
        assertThat(exceptions.get(0).path("rule").asText()).isEqualTo("LV-2");
    }

    @Test
    void badInputIs400NamingEveryFieldAndCreatesNothing() throws Exception {
        Map<String, Object> bad = with(with(with(tuesday("nobody", "HOLIDAY"), "start", "tomorrow"), "reason", ""),
                "colour", "red");

        HttpResponse<String> response = api.post(PATH, "agent1", bad);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).containsExactlyInAnyOrder("colour", "employee", "type", "start", "reason");
        List<String> messages = new ArrayList<>();
        json(response).path("errors").forEach(e -> messages.add(e.path("field").asText() + ": " + e.path("message").asText()));
        assertThat(messages).as("in Chinese, naming the value where it helps").contains("colour: 未知字段",
                "employee: 未知员工（不在排班表中）: nobody", "start: 不是有效时间，格式 yyyy-MM-ddTHH:mm+08:00");
        assertThat(fixture.instances()).isZero();
    }

    @Test
    void anEndNotAfterTheStartOrAPeriodWithoutShiftsIs400() throws Exception {
        HttpResponse<String> backwards = api.post(PATH, "agent1",
                request("agent1", "SICK", "2030-01-08T16:00+08:00", "2030-01-08T08:00+08:00"));
        assertThat(fields(backwards)).containsExactly("end");

        HttpResponse<String> noShift = api.post(PATH, "agent1",
                request("agent1", "SICK", "2030-01-09T08:00+08:00", "2030-01-09T16:00+08:00"));
        assertThat(noShift.statusCode()).isEqualTo(400);
        assertThat(fields(noShift)).containsExactly("start");
    }

    @Test
    void whoIsNoStaffMayNotStartTheProcess() throws Exception {
        fixture.shift("network1", TUESDAY, ShiftType.DAY);

        HttpResponse<String> response = api.post(PATH, "network1", tuesday("network1", "SICK"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(fixture.requestsOf("network1")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent1", "agent2", "leader1", "leader2", "director1", "centerdirector1"})
    void theEmployeeTheSubmitterAndTheApproversReadARequest(String reader) throws Exception {
        String requestId = json(api.post(PATH, "agent2", tuesday("agent1", "SICK"))).path("requestId").asText();

        assertThat(api.get(PATH + "/" + requestId, reader).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent3", "handler1", "billing1"})
    void othersGet403(String reader) throws Exception {
        String requestId = json(api.post(PATH, "agent2", tuesday("agent1", "SICK"))).path("requestId").asText();

        assertThat(api.get(PATH + "/" + requestId, reader).statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownRequestIs404() throws Exception {
        assertThat(api.get(PATH + "/QJ20300101-0000", "leader1").statusCode()).isEqualTo(404);
    }

    @Test
    void theRosterShowsApprovedLeave() throws Exception {
        String requestId = json(api.post(PATH, "agent1", tuesday("agent1", "PERSONAL"))).path("requestId").asText();
        fixture.complete("leader1", fixture.task(requestId, "dutyLeaderApproval"), approve("同意"));
        fixture.complete("director1", fixture.task(requestId, "csDirectorApproval"), approve("同意"));

        JsonNode shifts = json(api.get("/api/shifts?from=2030-01-08&to=2030-01-08", "agent3"));

        List<String> shown = new ArrayList<>();
        shifts.forEach(s -> shown.add(s.path("employee").asText() + " " + s.path("onLeave").asBoolean()));
        assertThat(shown).containsExactly("agent1 true", "agent2 false");
    }

    private List<String> fields(HttpResponse<String> response) throws Exception {
        List<String> fields = new ArrayList<>();
        json(response).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
