package com.callcentre.workflow.dutyreport;

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
 * {@code GET /api/duty-reports} as a client sees it (RP-1, docs/reports.md): the directors read
 * every report, a duty leader the days they were rostered for or wrote and every month's analysis,
 * anyone else 403; a bad query is a 400 naming each field.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class DutyReportApiTest {

    private static final String MAY = "/api/duty-reports?from=2030-05-01&to=2030-05-31";

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    DutyReportFixture fixture;

    @BeforeEach
    void reports() {
        api = new ApiClient(port);
        fixture.file("RB20300514", DutyReport.Kind.DAILY, LocalDate.of(2030, 5, 14), "leader1", "leader1", "周二日报");
        fixture.file("RB20300515", DutyReport.Kind.DAILY, LocalDate.of(2030, 5, 15), "leader2", "leader2", "周三日报");
        // A day nobody was rostered for, written by leader1 from the group.
        fixture.file("RB20300518", DutyReport.Kind.DAILY, LocalDate.of(2030, 5, 18), null, "leader1", "周六日报");
        fixture.file("YB203005", DutyReport.Kind.MONTHLY, LocalDate.of(2030, 5, 1), null, "leader2", "五月分析");
        fixture.file("RB20300601", DutyReport.Kind.DAILY, LocalDate.of(2030, 6, 1), "leader1", "leader1", "六月");
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    private List<String> keys(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        ApiClient.JSON.readTree(response.body()).forEach(r -> keys.add(r.path("reportKey").asText()));
        return keys;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"director1", "centerdirector1", "admin"})
    void rp1TheDirectorsReadEveryReportOfThePeriod(String user) throws Exception {
        assertThat(keys(api.get(MAY, user))).containsExactly("YB203005", "RB20300514", "RB20300515", "RB20300518");
        assertThat(keys(api.get(MAY + "&kind=DAILY", user))).containsExactly("RB20300514", "RB20300515", "RB20300518");
        assertThat(keys(api.get(MAY + "&kind=MONTHLY", user))).containsExactly("YB203005");
    }

    @Test
    void rp1ADutyLeaderReadsTheDaysOfTheirOwnShiftsAndTheMonthsAnalysisOnly() throws Exception {
        assertThat(keys(api.get(MAY, "leader1"))).containsExactly("YB203005", "RB20300514", "RB20300518");
        assertThat(keys(api.get(MAY, "leader2"))).containsExactly("YB203005", "RB20300515");
    }

    @Test
    void aReportReadsAsFiledWithItsFiguresAndTimesInTheBusinessZone() throws Exception {
        JsonNode day = ApiClient.JSON.readTree(api.get(MAY + "&kind=DAILY", "director1").body()).path(0);
        assertThat(ApiClient.fieldNames(day)).containsExactly("reportKey", "kind", "kindName", "period", "periodText",
                "dutyLeader", "author", "summary", "issues", "notes", "figures", "dueAt", "filedAt", "late");
        assertThat(day.path("kindName").asText()).isEqualTo("值班日报");
        assertThat(day.path("period").asText()).isEqualTo("2030-05-14");
        assertThat(day.path("periodText").asText()).isEqualTo("2030年5月14日（周二）");
        assertThat(day.path("summary").asText()).isEqualTo("周二日报");
        assertThat(day.path("figures").path("received").asLong()).isEqualTo(1);
        assertThat(day.path("figures").path("centreStepBreaches").asLong()).isEqualTo(8);
        assertThat(day.path("filedAt").asText()).isEqualTo("2030-05-20T10:00:00+08:00");
        JsonNode month = ApiClient.JSON.readTree(api.get(MAY + "&kind=MONTHLY", "director1").body()).path(0);
        assertThat(month.path("period").asText()).isEqualTo("2030-05");
        assertThat(month.path("kindName").asText()).isEqualTo("月度服务质量分析");
        assertThat(month.path("figures").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agent1", "handler1", "manager1", "inspector1", "billing1"})
    void rp1EveryoneElseIsRefusedBeforeTheQueryIsRead(String user) throws Exception {
        HttpResponse<String> refused = api.get(MAY, user);
        HttpResponse<String> badQuery = api.get("/api/duty-reports?from=bad", user);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(ApiClient.JSON.readTree(refused.body()).path("message").asText())
                .isEqualTo("仅客服部主任、客服中心主任和值班长可查看值班汇报（RP-1）");
        assertThat(badQuery.statusCode()).isEqualTo(403);
    }

    @Test
    void withoutLoginIs401() throws Exception {
        assertThat(api.get(MAY, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aBadQueryIs400NamingEachField() throws Exception {
        HttpResponse<String> bad = api.get("/api/duty-reports?from=2030-13-01&to=gestern&kind=WEEKLY", "director1");

        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        JsonNode error = ApiClient.JSON.readTree(bad.body());
        assertThat(error.path("message").asText()).isEqualTo("输入有误");
        assertThat(ApiClient.errorFields(bad)).containsExactlyInAnyOrder("from", "to", "kind");
        assertThat(bad.body()).contains("DAILY").contains("MONTHLY");

        HttpResponse<String> missing = api.get("/api/duty-reports?to=2030-05-31", "director1");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(ApiClient.errorFields(missing)).containsExactly("from");

        HttpResponse<String> backwards = api.get("/api/duty-reports?from=2030-05-31&to=2030-05-01", "leader1");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(ApiClient.errorFields(backwards)).containsExactly("to");

        HttpResponse<String> unknown = api.get(MAY + "&leader=leader2", "leader1");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(ApiClient.errorFields(unknown)).containsExactly("leader");
    }
}
