package com.callcentre.workflow.attendance;

import static com.callcentre.workflow.attendance.AttendanceFixture.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.staff.ShiftType;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code PUT /api/attendance/{date}/{shift}/{userId}} as a client sees it (seed 001 考勤, LV-2, LV-8,
 * SW-6): duty leaders and directors record, anyone else 403; nonsense is a 400 naming the field that
 * writes nothing; a rule's refusal is a 422 naming it.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class AttendanceApiTest {

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    AttendanceFixture fixture;

    @BeforeEach
    void roster() {
        api = new ApiClient(port);
        fixture.shift("agent1", MONDAY, ShiftType.DAY);
        fixture.shift("agent2", MONDAY, ShiftType.DAY);
        AttendanceFixture.clock(AttendanceFixture.DECEMBER);
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    HttpResponse<String> put(String path, String user, Object body) throws Exception {
        return api.send(api.request("/api/attendance/" + path, user, ApiClient.password(user))
                .header("Content-Type", "application/json;charset=UTF-8")
                .PUT(BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
    }

    static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return ApiClient.JSON.readTree(response.body());
    }

    @Test
    void lv8LateTwentyMinutesOrMoreIsADisciplinaryCaseNineteenIsNot() throws Exception {
        JsonNode r = json(put("2030-11-04/DAY/agent1", "leader1", Map.of("status", "LATE", "lateMinutes", 20)), 200)
                .path(0);
        assertThat(r.path("statusName").asText()).isEqualTo("迟到");
        assertThat(r.path("disciplinaryCase").asBoolean()).isTrue();
        assertThat(r.path("rule").asText()).isEqualTo("LV-8");
        assertThat(r.path("recordedBy").asText()).isEqualTo("leader1");

        r = json(put("2030-11-04/DAY/agent2", "leader1", Map.of("status", "LATE", "lateMinutes", 19)), 200).path(0);
        assertThat(r.path("disciplinaryCase").asBoolean()).isFalse();
        assertThat(r.path("rule").isNull()).isTrue();
    }

    @Test
    void lv8AwayFromThePostTwentyMinutesIsACaseUnlessOnApprovedLeave() throws Exception {
        JsonNode r = json(put("2030-11-04/DAY/agent1", "leader1", Map.of("status", "AWAY", "awayMinutes", 25)), 200)
                .path(0);
        assertThat(r.path("statusName").asText()).isEqualTo("脱岗");
        assertThat(r.path("disciplinaryCase").asBoolean()).isTrue();

        // Approved leave for the first hours of the shift: not without leave, so no case.
        fixture.leave("QJATT01", "agent2", "PERSONAL", "2030-11-04T08:00+08:00", "2030-11-04T10:00+08:00",
                "APPROVED", false);
        r = json(put("2030-11-04/DAY/agent2", "leader1", Map.of("status", "LATE", "lateMinutes", 120)), 200).path(0);
        assertThat(r.path("disciplinaryCase").asBoolean()).isFalse();
    }

    @Test
    void aSecondRecordOfTheShiftReplacesTheFirst() throws Exception {
        json(put("2030-11-04/DAY/agent1", "leader1", Map.of("status", "LATE", "lateMinutes", 30)), 200);
        JsonNode r = json(put("2030-11-04/DAY/agent1", "director1", Map.of("status", "PRESENT", "note", "<b>已核实</b>")),
                200).path(0);
        assertThat(r.path("note").asText()).isEqualTo("<b>已核实</b>");
        assertThat(r.path("recordedBy").asText()).isEqualTo("director1");
        assertThat(fixture.recordsOf("agent1")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agent1", "agent2", "manager1", "handler1", "inspector1"})
    void onlyDutyLeadersAndDirectorsRecord(String user) throws Exception {
        HttpResponse<String> response = put("2030-11-04/DAY/agent1", user, Map.of("status", "PRESENT"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(json(response, 403).path("message").asText()).contains("值班长");
        assertThat(fixture.recordsOf("agent1")).isZero();
    }

    @Test
    void nonsenseIsRefusedNamingTheFieldAndWritesNothing() throws Exception {
        // Late beyond the shift's 8 hours.
        assertThat(ApiClient.errorFields(bad(put("2030-11-04/DAY/agent1", "leader1",
                Map.of("status", "LATE", "lateMinutes", 481))))).containsExactly("lateMinutes");
        // Late, left early and away together beyond the shift.
        assertThat(ApiClient.errorFields(bad(put("2030-11-04/DAY/agent1", "leader1",
                Map.of("status", "LATE", "lateMinutes", 300, "earlyMinutes", 200))))).containsExactly("lateMinutes");
        // A shift not in the roster: agent1 has no EVENING shift, agent3 no shift that day.
        assertThat(ApiClient.errorFields(bad(put("2030-11-04/EVENING/agent1", "leader1", Map.of("status", "PRESENT")))))
                .containsExactly("shift");
        assertThat(ApiClient.errorFields(bad(put("2030-11-04/DAY/agent3", "leader1", Map.of("status", "PRESENT")))))
                .containsExactly("shift");
        assertThat(ApiClient.errorFields(bad(put("2030-11-04/DAY/nobody", "leader1", Map.of("status", "PRESENT")))))
                .containsExactly("userId");
        assertThat(ApiClient.errorFields(bad(put("2030-13-04/DAY/agent1", "leader1", Map.of("status", "PRESENT")))))
                .containsExactly("date");
        assertThat(ApiClient.errorFields(bad(put("2030-11-04/MORNING/agent1", "leader1", Map.of("status", "PRESENT")))))
                .containsExactly("shift");
        // Typed record: missing status, wrong type, negative minutes, unknown field, status without its minutes.
        assertThat(ApiClient.errorFields(bad(put("2030-11-04/DAY/agent1", "leader1", Map.of("note", "x")))))
                .containsExactly("status");
        assertThat(ApiClient.errorFields(bad(put("2030-11-04/DAY/agent1", "leader1",
                Map.of("status", "LATE", "lateMinutes", "半小时"))))).contains("lateMinutes");
        assertThat(ApiClient.errorFields(bad(put("2030-11-04/DAY/agent1", "leader1",
                Map.of("status", "AWAY", "awayMinutes", -5))))).contains("awayMinutes");
        assertThat(ApiClient.errorFields(bad(put("2030-11-04/DAY/agent1", "leader1",
                Map.of("status", "PRESENT", "sql", "drop table"))))).contains("sql");
        assertThat(ApiClient.errorFields(bad(put("2030-11-04/DAY/agent1", "leader1", Map.of("status", "LATE")))))
                .containsExactly("lateMinutes");
        assertThat(ApiClient.errorFields(bad(put("2030-11-04/DAY/agent1", "leader1",
                Map.of("status", "ABSENT", "overtimeMinutes", 30))))).containsExactly("status");
        assertThat(ApiClient.errorFields(bad(put("2030-11-04/DAY/agent1", "leader1", Map.of("status", "SWAP")))))
                .containsExactly("status");
        // A shift that has not begun yet.
        AttendanceFixture.clock("2030-11-04T07:59+08:00");
        HttpResponse<String> early = put("2030-11-04/DAY/agent1", "leader1", Map.of("status", "PRESENT"));
        assertThat(ApiClient.errorFields(bad(early))).containsExactly("date");
        assertThat(json(early, 400).path("errors").path(0).path("message").asText()).contains("尚未开始");
        assertThat(fixture.recordsOf("agent1")).isZero();
    }

    private static HttpResponse<String> bad(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception", "SQL", "select ");
        return response;
    }

    @Test
    void lv2ALateLeaveNoManagerApprovedIsRecordedAsAbsence() throws Exception {
        fixture.leave("QJATT02", "agent1", "SICK", "2030-11-04T08:00+08:00", "2030-11-04T16:00+08:00", "REJECTED", true);
        JsonNode r = json(put("2030-11-04/DAY/agent1", "leader1", Map.of("status", "LEAVE")), 200).path(0);
        assertThat(r.path("status").asText()).isEqualTo("ABSENT");
        assertThat(r.path("statusName").asText()).isEqualTo("旷工");
        assertThat(r.path("rule").asText()).isEqualTo("LV-2");
    }

    @Test
    void lv2LeaveWithoutARequestIsRefusedAndApprovedLeaveIsLeave() throws Exception {
        JsonNode refusal = json(put("2030-11-04/DAY/agent1", "leader1", Map.of("status", "LEAVE")), 422);
        assertThat(refusal.path("rule").asText()).isEqualTo("LV-2");
        assertThat(refusal.path("message").asText()).contains("旷工");
        assertThat(fixture.recordsOf("agent1")).isZero();

        fixture.leave("QJATT03", "agent2", "SICK", "2030-11-04T08:00+08:00", "2030-11-04T16:00+08:00", "APPROVED", true);
        assertThat(json(put("2030-11-04/DAY/agent2", "leader1", Map.of("status", "LEAVE")), 200).path(0)
                .path("statusName").asText()).isEqualTo("请假");
    }

    @Test
    void sw6AGapFromAnUnclearHandoverIsRecordedAgainstBothPeopleOfTheSwap() throws Exception {
        long mine = fixture.shift("agent3", MONDAY, ShiftType.EVENING);
        long swapId = fixture.approvedSwap("HB20301101-0001", "agent3", mine, "agent4",
                fixture.shift("agent4", MONDAY.plusDays(1), ShiftType.EVENING), MONDAY);
        fixture.exchange(mine, "agent3", "agent4", swapId); // agent3's evening is agent4's now
        JsonNode written = json(put("2030-11-04/EVENING/agent4", "leader2", Map.of("status", "ABSENT",
                "swapRequest", "HB20301101-0001", "note", "交接单未写清接班时间")), 200);
        assertThat(written).hasSize(2);
        assertThat(written.path(0).path("employee").asText()).isEqualTo("agent4");
        assertThat(written.path(1).path("employee").asText()).isEqualTo("agent3");
        for (JsonNode r : written) {
            assertThat(r.path("statusName").asText()).isEqualTo("旷工");
            assertThat(r.path("rule").asText()).isEqualTo("SW-6");
            assertThat(r.path("swapRequest").asText()).isEqualTo("HB20301101-0001");
        }
    }

    @Test
    void sw6TheSwapMustBeApprovedAndTheirsAndTheGapAnAbsence() throws Exception {
        long a = fixture.shift("agent3", MONDAY, ShiftType.DAY);
        fixture.approvedSwap("HB20301101-0002", "agent3", a, "agent4", fixture.shift("agent4", MONDAY, ShiftType.EVENING),
                MONDAY);
        assertThat(ApiClient.errorFields(bad(put("2030-11-04/DAY/agent1", "leader1",
                Map.of("status", "ABSENT", "swapRequest", "HB20301101-0002"))))).containsExactly("swapRequest");
        assertThat(ApiClient.errorFields(bad(put("2030-11-04/DAY/agent3", "leader1",
                Map.of("status", "ABSENT", "swapRequest", "HB20301101-0999"))))).containsExactly("swapRequest");
        assertThat(ApiClient.errorFields(bad(put("2030-11-04/DAY/agent3", "leader1",
                Map.of("status", "ABSENT", "swapRequest", "<script>"))))).containsExactly("swapRequest");
        assertThat(json(put("2030-11-04/DAY/agent3", "leader1", Map.of("status", "PRESENT", "swapRequest",
                "HB20301101-0002")), 422).path("rule").asText()).isEqualTo("SW-6");
        assertThat(fixture.recordsOf("agent3") + fixture.recordsOf("agent4")).isZero();
    }
}
