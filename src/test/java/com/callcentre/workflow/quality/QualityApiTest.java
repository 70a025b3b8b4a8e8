package com.callcentre.workflow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/quality/scores} and {@code /api/quality/summary} as a client sees them (QA-1):
 * inspectors, managers and directors read everyone's scores and the summaries per agent and team;
 * an agent reads only their own (403 on another's); anyone else 403; a bad query is a 400 naming
 * each field.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class QualityApiTest {

    private static final String MARCH = "/api/quality/scores?from=2034-03-01&to=2034-03-31";

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ListeningBook book;
    @Autowired
    ListeningFixture listenings;

    @BeforeEach
    void scores() {
        api = new ApiClient(port);
        score("agent1", 1, "2034-03-02", List.of(28, 28, 18, 18), "EXCELLENT", null); // 92, week of Feb 27
        score("agent1", 2, "2034-03-08", List.of(25, 25, 15, 15), "GOOD", null); // 80
        score("agent2", 1, "2034-03-07", List.of(15, 15, 10, 10), "FAIL", "<b>未核实身份</b>"); // 50
        score("agent3", 1, "2034-03-09", List.of(20, 20, 15, 15), "PASS", null); // 70
    }

    @AfterEach
    void clean() {
        listenings.clean();
    }

    private void score(String agent, int slot, String day, List<Integer> items, String grade, String comment) {
        book.record(new ListeningBook.Listening("2034-03", agent, slot, agent.equals("agent3") ? "leader2" : "leader1",
                "LY-" + day, LocalDate.parse(day), items, items.stream().mapToInt(Integer::intValue).sum(), grade,
                comment, "inspector1", null), "test");
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.JSON.readTree(response.body());
    }

    private static List<String> agents(JsonNode rows) {
        List<String> agents = new ArrayList<>();
        rows.forEach(r -> agents.add(r.path("agent").asText() + "#" + r.path("slot").asText()));
        return agents;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"inspector1", "manager1", "director1", "centerdirector1"})
    void qa1InspectorsManagersAndDirectorsReadEveryonesScores(String user) throws Exception {
        assertThat(agents(ok(api.get(MARCH, user)))).containsExactly("agent1#1", "agent2#1", "agent1#2", "agent3#1");
        assertThat(agents(ok(api.get(MARCH + "&agent=agent1", user)))).containsExactly("agent1#1", "agent1#2");
    }

    @Test
    void aScoreReadsWithItsItemsGradeAndTheCommentAsTyped() throws Exception {
        JsonNode fail = ok(api.get(MARCH + "&agent=agent2", "inspector1")).path(0);
        assertThat(fail.path("total").asInt()).isEqualTo(50);
        assertThat(fail.path("grade").asText()).isEqualTo("FAIL");
        assertThat(fail.path("gradeLabel").asText()).isEqualTo("不合格");
        assertThat(fail.path("scores").path("服务态度").asInt()).isEqualTo(15);
        assertThat(fail.path("comment").asText()).isEqualTo("<b>未核实身份</b>");
        assertThat(fail.path("callRef").asText()).isEqualTo("LY-2034-03-07");
    }

    @Test
    void qa1AnAgentReadsOnlyTheirOwnScores() throws Exception {
        assertThat(agents(ok(api.get(MARCH, "agent1")))).containsExactly("agent1#1", "agent1#2");
        assertThat(agents(ok(api.get(MARCH + "&agent=agent1", "agent1")))).containsExactly("agent1#1", "agent1#2");

        HttpResponse<String> other = api.get(MARCH + "&agent=agent2", "agent1");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("本人", "QA-1").doesNotContain("未核实身份");

        JsonNode summary = ok(api.get("/api/quality/summary?period=month&date=2034-03-15", "agent2"));
        assertThat(summary.path("agents")).hasSize(1);
        assertThat(summary.path("agents").path(0).path("agent").asText()).isEqualTo("agent2");
        assertThat(summary.path("teams")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"handler1", "leader1", "billing1"})
    void anyoneElseIsRefused(String user) throws Exception {
        assertThat(api.get(MARCH, user).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/quality/summary?period=week&date=2034-03-08", user).statusCode()).isEqualTo(403);
    }

    @Test
    void qa1TheMonthlySummaryShowsEachAgentsQuotaProgressAndTheTeams() throws Exception {
        JsonNode month = ok(api.get("/api/quality/summary?period=month&date=2034-03-15", "manager1"));
        assertThat(month.path("from").asText()).isEqualTo("2034-03-01");
        assertThat(month.path("to").asText()).isEqualTo("2034-03-31");
        assertThat(month.path("quota").asInt()).isEqualTo(4);
        JsonNode agent1 = month.path("agents").path(0);
        assertThat(agent1.path("agent").asText()).isEqualTo("agent1");
        assertThat(agent1.path("name").asText()).isEqualTo("王芳");
        assertThat(agent1.path("teamName").asText()).isEqualTo("赵磊班组");
        assertThat(agent1.path("listened").asInt()).isEqualTo(2);
        assertThat(agent1.path("quota").asInt()).isEqualTo(4);
        assertThat(agent1.path("average").decimalValue()).isEqualByComparingTo("86.0");
        assertThat(agent1.path("lowest").asInt()).isEqualTo(80);
        assertThat(agent1.path("grades").path("优秀").asInt()).isEqualTo(1);
        JsonNode agent4 = month.path("agents").path(3);
        assertThat(agent4.path("agent").asText()).isEqualTo("agent4");
        assertThat(agent4.path("listened").asInt()).as("not listened to yet: 0 of 4").isZero();
        assertThat(agent4.path("average").isNull()).isTrue();

        JsonNode team1 = month.path("teams").path(0);
        assertThat(team1.path("teamName").asText()).isEqualTo("赵磊班组");
        assertThat(team1.path("agents").asInt()).isEqualTo(2);
        assertThat(team1.path("listened").asInt()).isEqualTo(3);
        assertThat(team1.path("average").decimalValue()).isEqualByComparingTo("74.0");
        assertThat(team1.path("failed").asInt()).isEqualTo(1);
    }

    @Test
    void qa1TheWeeklySummaryCountsTheCallsOfMondayToSunday() throws Exception {
        JsonNode week = ok(api.get("/api/quality/summary?period=week&date=2034-03-08", "inspector1"));
        assertThat(week.path("from").asText()).isEqualTo("2034-03-06");
        assertThat(week.path("to").asText()).isEqualTo("2034-03-12");
        assertThat(week.path("quota").isNull()).isTrue();
        assertThat(week.path("agents").path(0).path("listened").asInt()).as("agent1: the 8th, not the 2nd").isOne();
        assertThat(week.path("agents").path(1).path("listened").asInt()).isOne();
    }

    @Test
    void qa1TheMonthlyReportShowsEachAgentsListeningsAndAverageScore() throws Exception {
        JsonNode report = ok(api.get("/api/reports/monthly?month=2034-03", "manager1"));
        JsonNode agent1 = null;
        JsonNode agent4 = null;
        for (JsonNode person : report.path("people")) {
            if (person.path("person").asText().equals("agent1")) {
                agent1 = person;
            }
            if (person.path("person").asText().equals("agent4")) {
                agent4 = person;
            }
        }
        assertThat(agent1).as("agent1 in the month's per-person figures").isNotNull();
        assertThat(agent1.path("quality").path("listened").asInt()).isEqualTo(2);
        assertThat(agent1.path("quality").path("average").decimalValue()).isEqualByComparingTo("86.0");
        assertThat(agent4).as("not listened to, nothing else done: no row").isNull();

        String csv = api.get("/api/reports/monthly?month=2034-03&format=csv", "manager1").body();
        assertThat(csv).contains("质检抽听", "质检平均分", "86.0");
    }

    @Test
    void aBadQueryIsA400NamingEachFieldAndNoSqlOrEngineInternals() throws Exception {
        HttpResponse<String> scores = api.get("/api/quality/scores?from=2034-13-01&agent=a'b", "inspector1");
        assertThat(scores.statusCode()).isEqualTo(400);
        assertThat(scores.body()).contains("from", "to", "agent").doesNotContainIgnoringCase("sql");

        HttpResponse<String> reversed = api.get("/api/quality/scores?from=2034-03-31&to=2034-03-01", "inspector1");
        assertThat(reversed.statusCode()).isEqualTo(400);

        HttpResponse<String> summary = api.get("/api/quality/summary?period=year&date=tomorrow", "inspector1");
        assertThat(summary.statusCode()).isEqualTo(400);
        assertThat(summary.body()).contains("period", "week", "date");

        HttpResponse<String> unknown = api.get("/api/quality/summary?period=week&date=2034-03-08&team=x", "inspector1");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("team");
    }
}
