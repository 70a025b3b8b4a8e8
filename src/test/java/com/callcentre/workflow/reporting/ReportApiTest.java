package com.callcentre.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/reports} as a client sees it: who may read it, the periods in the business zone
 * (Asia/Shanghai, not the server's or UTC), the current period by the engine's clock, bad
 * parameters, JSON or CSV. Tickets here are consultations answered at first contact, in weeks
 * and months no other test uses (2030-W41/W42, 2031).
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class ReportApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ReportFixture tickets;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // --- who may read the reports (AccessPolicy: the reports application) -----------------------

    @ParameterizedTest
    @ValueSource(strings = {"manager1", "director1", "centerdirector1"})
    void managersAndDirectorsReadTheReports(String user) throws Exception {
        assertThat(api.get("/api/reports/weekly?week=2030-W41", user).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/reports/monthly?month=2030-10", user).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent1", "handler1", "leader1", "inspector1", "billing1"})
    void everyoneElseIsRefusedInChinese(String user) throws Exception {
        HttpResponse<String> weekly = api.get("/api/reports/weekly?week=2030-W41", user);
        HttpResponse<String> monthly = api.get("/api/reports/monthly?month=bad", user);

        assertThat(weekly.statusCode()).isEqualTo(403);
        assertThat(ApiClient.JSON.readTree(weekly.body()).path("message").asText()).isEqualTo("仅投诉管理员和主任可查看报表");
        assertThat(monthly.statusCode()).as("refused before the parameter is even read").isEqualTo(403);
    }

    @Test
    void withoutLoginTheAnswerIs401() throws Exception {
        assertThat(api.get("/api/reports/weekly", null).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/reports/monthly?format=csv", null).statusCode()).isEqualTo(401);
    }

    // --- periods in the business zone -----------------------------------------------------------

    @Test
    void aWeekRunsFromMondayMidnightToMondayMidnightInShanghai() throws Exception {
        ReportFixture.clockAt("2030-10-13T23:30"); // Sunday evening: still week 41
        tickets.answeredAtFirstContact("OTHER");
        ReportFixture.clockAt("2030-10-14T07:00"); // Monday morning in Shanghai, still Sunday in UTC: week 42
        tickets.answeredAtFirstContact("OTHER");
        tickets.answeredAtFirstContact("OTHER");

        JsonNode week41 = weekly("2030-W41");
        JsonNode period = week41.path("period");
        assertThat(period.path("kind").asText()).isEqualTo("WEEK");
        assertThat(period.path("title").asText()).isEqualTo("2030 年第 41 周");
        assertThat(period.path("from").asText()).isEqualTo("2030-10-07T00:00:00+08:00");
        assertThat(period.path("to").asText()).isEqualTo("2030-10-14T00:00:00+08:00");
        assertThat(week41.path("total").path("received").asInt()).isEqualTo(1);
        assertThat(weekly("2030-W42").path("total").path("received").asInt()).isEqualTo(2);
    }

    @Test
    void aMonthRunsFromTheFirstToTheFirstInShanghai() throws Exception {
        ReportFixture.clockAt("2031-02-28T23:30");
        tickets.answeredAtFirstContact("NETWORK");
        ReportFixture.clockAt("2031-03-01T07:00"); // still 28 February in UTC
        tickets.answeredAtFirstContact("NETWORK");

        JsonNode february = monthly("2031-02");
        assertThat(february.path("period").path("title").asText()).isEqualTo("2031 年 2 月");
        assertThat(february.path("period").path("to").asText()).isEqualTo("2031-03-01T00:00:00+08:00");
        assertThat(february.path("total").path("received").asInt()).isEqualTo(1);
        assertThat(monthly("2031-03").path("total").path("received").asInt()).isEqualTo(1);
        JsonNode row = monthly("2031-03").path("rows").get(0);
        assertThat(row.path("departmentName").asText()).isEqualTo("未派单");
        assertThat(row.path("categoryName").asText()).isEqualTo("网络质量");
    }

    @Test
    void withoutAPeriodTheCurrentOneByTheEngineClockInShanghai() throws Exception {
        ReportFixture.clockAt("2031-06-16T04:00"); // Monday in Shanghai, Sunday 15 June in UTC
        assertThat(weekly("").path("period").path("label").asText()).isEqualTo("2031-W25");
        assertThat(api.get("/api/reports/weekly", "manager1").body()).contains("\"label\":\"2031-W25\"");

        ReportFixture.clockAt("2031-07-01T01:00"); // 30 June in UTC
        assertThat(ApiClient.JSON.readTree(api.get("/api/reports/monthly", "director1").body())
                .path("period").path("label").asText()).isEqualTo("2031-07");
    }

    // --- bad parameters: 400 naming the field, in Chinese -----------------------------------------

    @ParameterizedTest
    @CsvSource({
            "weekly?week=2026-47, week",
            "weekly?week=2026W47, week",
            "weekly?week=2027-W53, week",
            "weekly?week=2026-W00, week",
            "weekly?week=2026-W1, week",
            "monthly?month=2026-13, month",
            "monthly?month=2026/11, month",
            "monthly?month=202611, month",
            "monthly?month=2026-W47, month",
            "weekly?week=2030-W41&format=xml, format"})
    void badParameterIsRefusedNamingTheField(String path, String field) throws Exception {
        HttpResponse<String> response = api.get("/api/reports/" + path, "manager1");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(ApiClient.errorFields(response)).containsExactly(field);
        assertThat(ApiClient.JSON.readTree(response.body()).path("errors").get(0).path("message").asText())
                .containsPattern("\\p{IsHan}");
    }

    @Test
    void aYearWithFiftyThreeWeeksHasWeekFiftyThree() throws Exception {
        JsonNode period = weekly("2026-W53").path("period");

        assertThat(period.path("from").asText()).isEqualTo("2026-12-28T00:00:00+08:00");
        assertThat(period.path("to").asText()).isEqualTo("2027-01-04T00:00:00+08:00");
    }

    // --- JSON or CSV ------------------------------------------------------------------------------

    @Test
    void csvByAcceptHeaderOrFormatParameter() throws Exception {
        HttpResponse<String> byAccept = api.send(api.request("/api/reports/monthly?month=2031-03", "manager1", "demo")
                .setHeader("Accept", "text/csv"));
        HttpResponse<String> byFormat = api.get("/api/reports/monthly?month=2031-03&format=CSV", "manager1");
        HttpResponse<String> json = api.get("/api/reports/monthly?month=2031-03&format=json", "manager1");

        for (HttpResponse<String> csv : java.util.List.of(byAccept, byFormat)) {
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(csv.body()).startsWith("\uFEFF部门,问题类别,受理工单");
            assertThat(csv.body()).endsWith("\r\n").contains("\r\n合计,,");
        }
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    }

    @Test
    void aBadPeriodAskedForAsCsvIsStillAJsonErrorNamingTheField() throws Exception {
        HttpResponse<String> response = api.send(api.request("/api/reports/weekly?week=soon", "manager1", "demo")
                .setHeader("Accept", "text/csv"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(ApiClient.errorFields(response)).containsExactly("week");
    }

    private JsonNode weekly(String week) throws Exception {
        return read("/api/reports/weekly?week=" + week);
    }

    private JsonNode monthly(String month) throws Exception {
        return read("/api/reports/monthly?month=" + month);
    }

    private JsonNode read(String path) throws Exception {
        HttpResponse<String> response = api.get(path, "manager1");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.JSON.readTree(response.body());
    }
}
