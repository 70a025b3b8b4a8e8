package com.callcentre.workflow.dutylog;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.emergency.EmergencyFixture;
import com.callcentre.workflow.staff.ShiftType;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/duty-log} (HO-3): only the duty leader on duty writes the shift's log, under the
 * roster's shift; duty leaders and directors read it, text as typed; bad input is a 400 naming the
 * field, and nothing is written.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class DutyLogApiTest {

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    EmergencyFixture fixture;
    @Autowired
    DutyLogEntries entries;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixture.rostered("leader1", EmergencyFixture.DAY, ShiftType.DAY);
        fixture.rostered("leader2", EmergencyFixture.DAY, ShiftType.EVENING);
        EmergencyFixture.clock("2030-06-11T10:00+08:00");
    }

    @AfterEach
    void cleanUp() {
        fixture.clean();
    }

    private static Map<String, Object> entry(String kind, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("text", text);
        return body;
    }

    @Test
    void ho3TheDutyLeaderOnDutyWritesTheShiftsLogAndLeadersAndDirectorsReadItAsTyped() throws Exception {
        HttpResponse<String> written = api.post("/api/duty-log", "leader1",
                entry("DIFFICULT", "计费系统查询超时 <script>alert(1)</script> & 用户投诉增多"));

        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        JsonNode entry = ApiClient.JSON.readTree(written.body());
        assertThat(entry.path("shiftDate").asText()).isEqualTo("2030-06-11");
        assertThat(entry.path("shift").asText()).isEqualTo("DAY");
        assertThat(entry.path("shiftName").asText()).isEqualTo("白班");
        assertThat(entry.path("dutyLeader").asText()).isEqualTo("leader1");
        assertThat(entry.path("kindName").asText()).isEqualTo("疑难问题");

        for (String reader : new String[] {"leader2", "director1", "centerdirector1"}) {
            HttpResponse<String> read = api.get("/api/duty-log?date=2030-06-11&shift=DAY", reader);
            assertThat(read.statusCode()).as(reader + ": " + read.body()).isEqualTo(200);
            JsonNode list = ApiClient.JSON.readTree(read.body());
            assertThat(list).hasSize(1);
            assertThat(list.get(0).path("text").asText())
                    .isEqualTo("计费系统查询超时 <script>alert(1)</script> & 用户投诉增多");
            assertThat(list.get(0).path("author").asText()).isEqualTo("leader1");
        }
        HttpResponse<String> evening = api.get("/api/duty-log?date=2030-06-11&shift=EVENING", "leader1");
        assertThat(ApiClient.JSON.readTree(evening.body())).isEmpty();
        HttpResponse<String> wholeDay = api.get("/api/duty-log?date=2030-06-11", "leader1");
        assertThat(ApiClient.JSON.readTree(wholeDay.body())).hasSize(1);
    }

    @Test
    void ho3OnlyTheDutyLeaderOnDutyWritesAndOnlyLeadersAndDirectorsRead() throws Exception {
        HttpResponse<String> offDuty = api.post("/api/duty-log", "leader2", entry("EVENT", "中班尚未开始"));
        HttpResponse<String> agent = api.post("/api/duty-log", "agent1", entry("EVENT", "代写日志"));
        HttpResponse<String> director = api.post("/api/duty-log", "director1", entry("EVENT", "主任代写"));
        HttpResponse<String> agentReads = api.get("/api/duty-log?date=2030-06-11", "agent1");

        assertThat(offDuty.statusCode()).as(offDuty.body()).isEqualTo(403);
        assertThat(offDuty.body()).contains("HO-3");
        assertThat(agent.statusCode()).isEqualTo(403);
        assertThat(director.statusCode()).isEqualTo(403);
        assertThat(agentReads.statusCode()).isEqualTo(403);
        assertThat(entries.of(EmergencyFixture.DAY, null)).isEmpty();
    }

    @Test
    void ho3BadInputIsA400NamingEachFieldAndNothingIsWritten() throws Exception {
        Map<String, Object> bad = entry("GOSSIP", " ");
        bad.put("ticketNo", "TS20300611-999999");
        bad.put("emergencyNo", "fire");
        bad.put("author", "leader2");

        HttpResponse<String> refused = api.post("/api/duty-log", "leader1", bad);
        HttpResponse<String> tooLong = api.post("/api/duty-log", "leader1", entry("EVENT", "x".repeat(2001)));
        HttpResponse<String> noDate = api.get("/api/duty-log?shift=LATE", "leader1");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(ApiClient.errorFields(refused)).contains("kind", "text", "ticketNo", "emergencyNo", "author");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(ApiClient.errorFields(tooLong)).containsExactly("text");
        assertThat(noDate.statusCode()).as(noDate.body()).isEqualTo(400);
        assertThat(ApiClient.errorFields(noDate)).contains("date", "shift");
        assertThat(entries.of(EmergencyFixture.DAY, null)).isEmpty();
    }

    @Test
    void ho3TheProductWritesAnEmergencyToTheShiftsLog() throws Exception {
        HttpResponse<String> reported = api.post("/api/emergencies", "agent1",
                Map.of("kind", "PRESS", "situation", "记者来电要求采访", "location", "热线"));
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);

        JsonNode list = ApiClient.JSON.readTree(api.get("/api/duty-log?date=2030-06-11&shift=DAY", "director1").body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("kind").asText()).isEqualTo("EMERGENCY");
        assertThat(list.get(0).path("author").asText()).isEqualTo("system");
        assertThat(list.get(0).path("emergencyNo").asText()).startsWith("TF20300611-");
        assertThat(list.get(0).path("text").asText()).startsWith("【媒体采访】地点：热线");
    }
}
