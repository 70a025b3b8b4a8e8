package com.callcentre.workflow.attendance;

import static com.callcentre.workflow.attendance.AttendanceFixture.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.ProcessKeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET /api/attendance/published} and {@code published.csv} as a client sees them (seed 001
 * 考勤: 每月公布一次): an agent reads their own published line only (another's is a 403), duty leaders
 * and directors every line and the CSV; a correction after publication leaves the published line as it
 * was, marked as corrected; a bad month is a 400 naming it; a month not published a 404; publishing a
 * month twice writes it once.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class PublishedRegisterApiTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2030, 11);

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    AttendanceFixture fixture;
    @Autowired
    PublishedRegisters published;
    @Autowired
    AttendanceRegister register;
    @Autowired
    PublishSchedule schedule;
    @Autowired
    JdbcClient jdbc;

    /** agent1 late 25 minutes on Monday 4 November (LV-8), agent2 present; November published on 3 December. */
    @BeforeEach
    void publishedNovember() {
        api = new ApiClient(port);
        fixture.shift("agent1", MONDAY, ShiftType.DAY);
        fixture.shift("agent2", MONDAY, ShiftType.EVENING);
        fixture.recorded("agent1", MONDAY, ShiftType.DAY, 25);
        fixture.recorded("agent2", MONDAY, ShiftType.EVENING, 0);
        AttendanceFixture.clock("2030-12-03T09:00+08:00");
        assertThat(published.publish(NOVEMBER, Instant.parse("2030-12-03T01:00:00Z"), AttendancePublication.SYSTEM,
                register.of(NOVEMBER))).isTrue();
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return ApiClient.JSON.readTree(response.body());
    }

    @Test
    void anAgentReadsTheirOwnPublishedLineOnly() throws Exception {
        JsonNode view = json(api.get("/api/attendance/published?month=2030-11", "agent1"), 200);
        assertThat(view.path("month").asText()).isEqualTo("2030-11");
        assertThat(view.path("publishedBy").asText()).isEqualTo("system");
        assertThat(view.path("publishedAt").asText()).startsWith("2030-12-03T09:00");
        assertThat(view.path("lines")).hasSize(1);
        JsonNode line = view.path("lines").path(0).path("line");
        assertThat(line.path("employee").asText()).isEqualTo("agent1");
        assertThat(line.path("lateMinutes").asInt()).isEqualTo(25);
        assertThat(line.path("disciplinaryCases").asInt()).isEqualTo(1);
        assertThat(view.path("lines").path(0).path("correctedSincePublication").asBoolean()).isFalse();

        assertThat(json(api.get("/api/attendance/published?month=2030-11&employee=agent1", "agent1"), 200)
                .path("lines")).hasSize(1);
    }

    @Test
    void anAgentAskingForAnothersLineIsRefused() throws Exception {
        HttpResponse<String> response = api.get("/api/attendance/published?month=2030-11&employee=agent2", "agent1");
        JsonNode error = json(response, 403);
        assertThat(error.path("message").asText()).contains("本人");
        assertThat(response.body()).doesNotContain("agent2\",\"name");
        assertThat(json(api.get("/api/attendance/published.csv?month=2030-11", "agent1"), 403).path("message")
                .asText()).contains("值班长");
    }

    @Test
    void dutyLeadersReadEveryLineOrOneAndTheCsv() throws Exception {
        assertThat(json(api.get("/api/attendance/published?month=2030-11", "leader1"), 200).path("lines"))
                .extracting(l -> l.path("line").path("employee").asText()).contains("agent1", "agent2");
        assertThat(json(api.get("/api/attendance/published?month=2030-11&employee=agent2", "leader1"), 200)
                .path("lines")).extracting(l -> l.path("line").path("employee").asText()).containsExactly("agent2");

        HttpResponse<byte[]> csv = java.net.http.HttpClient.newHttpClient().send(api.request(
                "/api/attendance/published.csv?month=2030-11", "leader1", ApiClient.password("leader1")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF工号,姓名").contains("\r\nagent1,", "\r\nagent2,");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("published-attendance-2030-11.csv");
    }

    @Test
    void aCorrectionAfterPublicationLeavesThePublishedLineAndIsMarked() throws Exception {
        HttpResponse<String> corrected = api.send(api.request("/api/attendance/2030-11-04/DAY/agent1", "leader1",
                ApiClient.password("leader1")).header("Content-Type", "application/json;charset=UTF-8")
                .PUT(BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(Map.of("status", "PRESENT")),
                        StandardCharsets.UTF_8)));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);

        JsonNode line = json(api.get("/api/attendance/published?month=2030-11", "agent1"), 200).path("lines").path(0);
        assertThat(line.path("line").path("lateMinutes").asInt()).as("as published").isEqualTo(25);
        assertThat(line.path("correctedSincePublication").asBoolean()).isTrue();
        assertThat(json(api.get("/api/attendance/register?month=2030-11", "agent1"), 200).path(0).path("lateMinutes")
                .asInt()).as("the live register has the correction").isZero();
    }

    @Test
    void publishingAMonthTwiceWritesItOnce() {
        assertThat(published.publish(NOVEMBER, Instant.parse("2030-12-03T02:00:00Z"), AttendancePublication.SYSTEM,
                register.of(NOVEMBER))).isFalse();
        assertThat(fixture.publications("2030-11")).isEqualTo(1);
        assertThat(published.of(NOVEMBER).orElseThrow().publishedAt()).isEqualTo(Instant.parse("2030-12-03T01:00:00Z"));
        // Two nodes at the same moment: the later insert collides on the month's key and rolls back.
        assertThatThrownBy(() -> jdbc.sql("insert into attendance_publication (register_month, published_at, "
                + "published_by, people) values ('2030-11', ?, 'system', 0)")
                .param(java.time.OffsetDateTime.parse("2030-12-03T09:00+08:00")).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(fixture.publications("2030-11")).isEqualTo(1);
    }

    @Test
    void aTimerFiringLateStillPublishesTheMonthItWasDueFor() {
        AttendanceFixture.clock("2030-12-03T08:59+08:00");
        assertThat(schedule.monthToPublish()).as("before December's time: November's firing, October").isEqualTo(
                YearMonth.of(2030, 10));
        AttendanceFixture.clock("2030-12-03T09:00+08:00");
        assertThat(schedule.monthToPublish()).isEqualTo(NOVEMBER);
        AttendanceFixture.clock("2030-12-31T23:00+08:00");
        assertThat(schedule.monthToPublish()).isEqualTo(NOVEMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"month=2030-13", "month=30-11", "month=2030-11%27%20or%201%3D1", "", "month=2030-11&x=1",
            "month=2030-11&employee=%3Cscript%3E"})
    void aBadParameterIsA400NamingItInChinese(String query) throws Exception {
        HttpResponse<String> response = api.get("/api/attendance/published?" + query, "agent1");
        JsonNode error = json(response, 400);
        assertThat(response.body()).doesNotContain("Exception", "SQL", "select ");
        String field = error.path("errors").path(0).path("field").asText();
        assertThat(field).isIn("month", "x", "employee");
        assertThat(error.path("errors").path(0).path("message").asText()).containsPattern("\\p{IsHan}");
    }

    /** Every route is a route: nobody starts a publication by hand over the engine's REST API (no CREATE_INSTANCE). */
    @ParameterizedTest
    @ValueSource(strings = {"agent1", "leader1", "director1"})
    void nobodyPublishesByHandOverTheEngineRestApi(String user) throws Exception {
        HttpResponse<String> start = api.post("/engine-rest/process-definition/key/" + ProcessKeys.ATTENDANCE_PUBLICATION
                + "/start", user, Map.of());
        assertThat(start.statusCode()).as(start.body()).isIn(403, 404);
        assertThat(fixture.mail("KQ203011")).isEmpty();
    }

    @Test
    void aMonthNotPublishedIsA404() throws Exception {
        assertThat(json(api.get("/api/attendance/published?month=2030-10", "leader1"), 404).path("message").asText())
                .contains("尚未公布");
    }
}
