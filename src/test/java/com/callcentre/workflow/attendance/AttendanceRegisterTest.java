package com.callcentre.workflow.attendance;

import static com.callcentre.workflow.attendance.AttendanceFixture.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.staff.ShiftType;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * The monthly attendance register (seed 001 考勤: 每月公布一次) as a client reads it: its figures per
 * person from what duty leaders recorded and from leave and swaps (LV-2, LV-8), who reads which
 * lines, and its CSV.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class AttendanceRegisterTest {

    private static final String NOVEMBER = "/api/attendance/register?month=2030-11";

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    AttendanceFixture fixture;

    /**
     * agent1 in the week of 4 November 2030: Monday late 25 minutes (LV-8 case), Tuesday present with
     * 30 minutes' overtime, Wednesday approved sick leave, Thursday a late personal leave rejected
     * (LV-2: 旷工), Friday nobody recorded. agent2: Monday worked by a swap, Tuesday left 10 minutes
     * early and away 20 minutes (LV-8 case), Wednesday approved marriage leave recorded as leave.
     */
    @BeforeEach
    void month() throws Exception {
        api = new ApiClient(port);
        for (int day = 0; day < 5; day++) {
            fixture.shift("agent1", MONDAY.plusDays(day), ShiftType.DAY);
        }
        long swapped = fixture.shift("agent2", MONDAY, ShiftType.EVENING);
        fixture.markSwapped(swapped, 1);
        fixture.shift("agent2", MONDAY.plusDays(1), ShiftType.EVENING);
        fixture.shift("agent2", MONDAY.plusDays(2), ShiftType.EVENING);
        fixture.shift("agent3", MONDAY.plusDays(30), ShiftType.DAY); // December: not in November's register
        fixture.leave("QJATT11", "agent1", "SICK", "2030-11-06T08:00+08:00", "2030-11-06T16:00+08:00", "APPROVED", false);
        fixture.leave("QJATT12", "agent1", "PERSONAL", "2030-11-07T08:00+08:00", "2030-11-07T16:00+08:00", "REJECTED",
                true);
        fixture.leave("QJATT13", "agent2", "MARRIAGE", "2030-11-06T16:00+08:00", "2030-11-07T00:00+08:00", "APPROVED",
                false);
        AttendanceFixture.clock(AttendanceFixture.DECEMBER);
        put("2030-11-04/DAY/agent1", Map.of("status", "LATE", "lateMinutes", 25));
        put("2030-11-05/DAY/agent1", Map.of("status", "PRESENT", "overtimeMinutes", 30));
        put("2030-11-05/EVENING/agent2", Map.of("status", "LEFT_EARLY", "earlyMinutes", 10, "awayMinutes", 20));
        put("2030-11-06/EVENING/agent2", Map.of("status", "LEAVE"));
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    private void put(String path, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = api.send(api.request("/api/attendance/" + path, "leader1", "demo")
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private JsonNode lines(String user) throws Exception {
        HttpResponse<String> response = api.get(NOVEMBER, user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.JSON.readTree(response.body());
    }

    private static JsonNode lineOf(JsonNode lines, String employee) {
        for (JsonNode line : lines) {
            if (line.path("employee").asText().equals(employee)) {
                return line;
            }
        }
        throw new AssertionError("no line of " + employee + " in " + lines);
    }

    @Test
    void theRegisterCountsLatenessCasesLeaveByTypeAbsenceAndOvertime() throws Exception {
        JsonNode agent1 = lineOf(lines("leader1"), "agent1");
        assertThat(agent1.path("name").asText()).isNotBlank();
        assertThat(agent1.path("shifts").asInt()).isEqualTo(5);
        assertThat(agent1.path("attended").asInt()).isEqualTo(2);
        assertThat(agent1.path("lateCount").asInt()).isEqualTo(1);
        assertThat(agent1.path("lateMinutes").asInt()).isEqualTo(25);
        assertThat(agent1.path("disciplinaryCases").asInt()).as("LV-8").isEqualTo(1);
        assertThat(agent1.path("absences").asInt()).as("LV-2: late leave rejected").isEqualTo(1);
        assertThat(agent1.path("leaveDays").path("病假").asInt()).isEqualTo(1);
        assertThat(agent1.path("leaveDays").path("事假").asInt()).isZero();
        assertThat(agent1.path("overtimeMinutes").asInt()).isEqualTo(30);
        assertThat(agent1.path("unrecorded").asInt()).isEqualTo(1);

        JsonNode agent2 = lineOf(lines("director1"), "agent2");
        assertThat(agent2.path("shifts").asInt()).isEqualTo(3);
        assertThat(agent2.path("swapShifts").asInt()).isEqualTo(1);
        assertThat(agent2.path("leftEarlyCount").asInt()).isEqualTo(1);
        assertThat(agent2.path("leftEarlyMinutes").asInt()).isEqualTo(10);
        assertThat(agent2.path("awayCount").asInt()).isEqualTo(1);
        assertThat(agent2.path("awayMinutes").asInt()).isEqualTo(20);
        assertThat(agent2.path("disciplinaryCases").asInt()).as("LV-8: away 20 minutes").isEqualTo(1);
        assertThat(agent2.path("leaveDays").path("婚假").asInt()).isEqualTo(1);
        assertThat(agent2.path("absences").asInt()).isZero();
        assertThat(agent2.path("unrecorded").asInt()).isZero();
    }

    @Test
    void lv2ALateLeaveApprovedLaterIsLeaveNotAbsence() throws Exception {
        fixture.leave("QJATT14", "agent1", "PERSONAL", "2030-11-08T08:00+08:00", "2030-11-08T16:00+08:00", "APPROVED",
                true);
        JsonNode agent1 = lineOf(lines("leader1"), "agent1");
        assertThat(agent1.path("leaveDays").path("事假").asInt()).isEqualTo(1);
        assertThat(agent1.path("absences").asInt()).isEqualTo(1); // Thursday's rejected one only
        assertThat(agent1.path("unrecorded").asInt()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"leader1", "leader2", "director1", "centerdirector1", "admin"})
    void dutyLeadersAndDirectorsReadEveryLine(String user) throws Exception {
        List<String> employees = new ArrayList<>();
        lines(user).forEach(l -> employees.add(l.path("employee").asText()));
        assertThat(employees).contains("agent1", "agent2").doesNotContain("agent3");
    }

    @Test
    void anAgentReadsTheirOwnLineOnly() throws Exception {
        JsonNode mine = lines("agent1");
        assertThat(mine).hasSize(1);
        assertThat(mine.path(0).path("employee").asText()).isEqualTo("agent1");
        assertThat(lines("agent2")).hasSize(1);
        assertThat(lines("manager1")).isEmpty(); // no shift in November
    }

    @Test
    void aBadMonthIsA400NamingIt() throws Exception {
        for (String month : List.of("2030-13", "november", "2030-11-01", "1999-12", "")) {
            HttpResponse<String> response = api.get("/api/attendance/register?month=" + month, "leader1");
            assertThat(response.statusCode()).as(month + ": " + response.body()).isEqualTo(400);
            assertThat(ApiClient.errorFields(response)).containsExactly("month");
        }
        assertThat(api.get("/api/attendance/register.csv?month=2030-13", "leader1").statusCode()).isEqualTo(400);
    }

    @Test
    void theCsvHasChineseHeadersEachLeaveTypeAndNamesAsTyped() throws Exception {
        fixture.employee("att-csv", "=王,\"五\"");
        fixture.shift("att-csv", MONDAY, ShiftType.NIGHT);
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(api.request("/api/attendance/register.csv?month=2030-11",
                "director1", "demo").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attendance-2030-11.csv");
        byte[] body = response.body();
        assertThat(body[0] & 0xFF).isEqualTo(0xEF); // BOM, for Excel
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).startsWith("工号,姓名,班次,出勤,迟到次数,迟到分钟,早退次数,早退分钟,脱岗次数,脱岗分钟,违纪（LV-8）,旷工,事假（天）")
                .contains("病假（天）", "婚假（天）", "工伤假（天）").endsWith("调班,加班分钟,未登记");
        assertThat(csv).contains("\r\natt-csv,\"'=王,\"\"五\"\"\",1,0,");
        assertThat(csv).contains("\r\nagent1,");
        String agent1 = List.of(rows).stream().filter(r -> r.startsWith("agent1,")).findFirst().orElseThrow();
        assertThat(agent1.split(",")).startsWith("agent1").contains("25", "30");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agent1", "manager1", "inspector1"})
    void onlyDutyLeadersAndDirectorsExportTheCsv(String user) throws Exception {
        HttpResponse<String> response = api.get("/api/attendance/register.csv?month=2030-11", user);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("agent1,");
    }
}
