package com.callcentre.workflow.calendar;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.Bodies.without;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code /api/holidays} as a client sees it (SL-5): anyone signed in reads a year, only an
 * administrator writes, bad input names its field and changes nothing. Writes use 2028, and
 * one non-statutory 2027 day; both are removed after each test, so the seed stays intact.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class HolidayApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "admin";
    private static final String AGENT = "agent1";

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @AfterEach
    void removeWhatTheTestsWrote() {
        jdbc.sql("delete from holiday where calendar_day >= DATE '2028-01-01'"
                + " or (calendar_day >= DATE '2027-01-01' and statutory = false)").update();
    }

    @Test
    void anyoneSignedInReadsAYearInDateOrder() throws Exception {
        HttpResponse<String> read = api.get("/api/holidays?year=2026", AGENT);

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode days = JSON.readTree(read.body());
        assertThat(days).hasSize(39);
        JsonNode first = days.path(0);
        assertThat(first.path("date").asText()).isEqualTo("2026-01-01");
        assertThat(first.path("kind").asText()).isEqualTo("BREAK_DAY");
        assertThat(first.path("statutory").asBoolean()).isTrue();
        assertThat(first.path("name").asText()).isEqualTo("元旦");
        assertThat(ApiClient.fieldNames(first)).containsExactlyInAnyOrder("date", "kind", "statutory", "name");
        List<String> dates = new ArrayList<>();
        days.forEach(d -> dates.add(d.path("date").asText()));
        assertThat(dates).isSorted().contains("2026-02-14", "2026-10-10").allMatch(d -> d.startsWith("2026-"));
        JsonNode lastMakeUp = days.path(38);
        assertThat(lastMakeUp.path("date").asText()).isEqualTo("2026-10-10");
        assertThat(lastMakeUp.path("kind").asText()).isEqualTo("MAKEUP_WORKDAY");

        assertThat(JSON.readTree(api.get("/api/holidays?year=2030", AGENT).body())).isEmpty();
    }

    @ParameterizedTest(name = "year ''{0}''")
    @ValueSource(strings = {"", "?year=", "?year=abc", "?year=26", "?year=2026-01"})
    void aMissingOrBadYearIsA400NamingIt(String query) throws Exception {
        HttpResponse<String> read = api.get("/api/holidays" + query, AGENT);

        assertThat(read.statusCode()).as(read.body()).isEqualTo(400);
        assertThat(ApiClient.errorFields(read)).containsExactly("year");
    }

    @Test
    void anAdministratorAddsABreakDayThenCorrectsIt() throws Exception {
        Map<String, Object> day = holiday("2027-02-04", "BREAK_DAY", false, "春节"); // 2027's schedule, when published

        HttpResponse<String> created = post(ADMIN, day);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).path("date").asText()).isEqualTo("2027-02-04");
        assertThat(days(2027)).hasSize(14).contains("2027-02-04 BREAK_DAY false 春节");

        HttpResponse<String> replaced = post(ADMIN, holiday("2027-02-04", "BREAK_DAY", false, "春节假期"));

        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(days(2027)).hasSize(14).contains("2027-02-04 BREAK_DAY false 春节假期")
                .doesNotContain("2027-02-04 BREAK_DAY false 春节");
    }

    @Test
    void anAdministratorAddsAMakeUpWorkdayWithoutSayingStatutory() throws Exception {
        Map<String, Object> day = holiday("2028-01-08", "MAKEUP_WORKDAY", false, "元旦"); // a Saturday
        day.remove("statutory");

        HttpResponse<String> created = post(ADMIN, day);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(days(2028)).containsExactly("2028-01-08 MAKEUP_WORKDAY false 元旦");
    }

    @Test
    void anAdministratorRemovesAWronglyEnteredDay() throws Exception {
        post(ADMIN, holiday("2028-03-01", "BREAK_DAY", false, "错误"));

        assertThat(api.delete("/api/holidays/2028-03-01", AGENT).statusCode()).isEqualTo(403);
        assertThat(days(2028)).hasSize(1);
        assertThat(api.delete("/api/holidays/2028-03-01", ADMIN).statusCode()).isEqualTo(204);
        assertThat(days(2028)).isEmpty();
        assertThat(api.delete("/api/holidays/2028-03-01", ADMIN).statusCode()).isEqualTo(404);
        HttpResponse<String> bad = api.delete("/api/holidays/2028-02-30", ADMIN);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(ApiClient.errorFields(bad)).containsExactly("date");
    }

    @Test
    void anAgentMayNotWriteAndNothingChanges() throws Exception {
        List<String> before = days(2027);

        HttpResponse<String> refused = post(AGENT, holiday("2027-02-04", "BREAK_DAY", false, "春节"));
        HttpResponse<String> replaceRefused = post(AGENT, holiday("2027-01-01", "BREAK_DAY", false, "改名"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).path("status").asInt()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).path("message").asText()).isNotBlank();
        assertThat(replaceRefused.statusCode()).isEqualTo(403);
        assertThat(post(AGENT, holiday("2027-02-30", "WEATHER", false, "")).statusCode())
                .as("who may not write learns nothing about the body").isEqualTo(403);
        assertThat(days(2027)).isEqualTo(before).hasSize(13);
    }

    /** One bad field of an otherwise good day, and the field the answer must name. */
    record BadInput(String scenario, Map<String, Object> body, String field) {
        @Override
        public String toString() {
            return scenario;
        }
    }

    static Stream<BadInput> badInputs() {
        return Stream.of(
                new BadInput("missing date", without(good(), "date"), "date"),
                new BadInput("malformed date", with(good(), "date", "2028/01/03"), "date"),
                new BadInput("date that does not exist", with(good(), "date", "2028-02-30"), "date"),
                new BadInput("date as a number", with(good(), "date", 20280103), "date"),
                new BadInput("missing kind", without(good(), "kind"), "kind"),
                new BadInput("unknown kind", with(good(), "kind", "HOLIDAY"), "kind"),
                new BadInput("make-up working day on a Monday",
                        with(with(good(), "kind", "MAKEUP_WORKDAY"), "statutory", false), "date"),
                new BadInput("statutory make-up working day",
                        with(with(with(good(), "kind", "MAKEUP_WORKDAY"), "date", "2028-01-08"), "statutory", true),
                        "statutory"),
                new BadInput("statutory as text", with(good(), "statutory", "yes"), "statutory"),
                new BadInput("missing name", without(good(), "name"), "name"),
                new BadInput("blank name", with(good(), "name", "   "), "name"),
                new BadInput("name of 51 characters", with(good(), "name", "节".repeat(51)), "name"),
                new BadInput("unknown field", with(good(), "region", "上海"), "region"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsA400NamingTheFieldAndChangesNothing(BadInput bad) throws Exception {
        HttpResponse<String> refused = post(ADMIN, bad.body());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(ApiClient.errorFields(refused)).containsExactly(bad.field());
        assertThat(days(2028)).isEmpty();
    }

    @Test
    void everyBadFieldIsNamedAtOnce() throws Exception {
        HttpResponse<String> refused = post(ADMIN, Map.of("kind", "HOLIDAY", "statutory", 1, "name", ""));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.errorFields(refused)).containsExactlyInAnyOrder("date", "kind", "statutory", "name");
    }

    @Test
    void aNameOfFiftyCharactersIsAccepted() throws Exception {
        HttpResponse<String> created = post(ADMIN, with(good(), "name", "节".repeat(50)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(days(2028)).containsExactly("2028-01-03 BREAK_DAY true " + "节".repeat(50));
    }

    // --- helpers ----------------------------------------------------------------------------

    /** A Monday in 2028: a valid statutory break day. */
    static Map<String, Object> good() {
        return holiday("2028-01-03", "BREAK_DAY", true, "元旦");
    }

    static Map<String, Object> holiday(String date, String kind, boolean statutory, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("kind", kind);
        body.put("statutory", statutory);
        body.put("name", name);
        return body;
    }

    /** The year as the API lists it, one "date kind statutory name" line a day. */
    private List<String> days(int year) throws IOException, InterruptedException {
        HttpResponse<String> read = api.get("/api/holidays?year=" + year, ADMIN);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        List<String> days = new ArrayList<>();
        JSON.readTree(read.body()).forEach(d -> days.add(d.path("date").asText() + " " + d.path("kind").asText()
                + " " + d.path("statutory").asBoolean() + " " + d.path("name").asText()));
        return days;
    }

    private HttpResponse<String> post(String user, Map<String, Object> body) throws IOException, InterruptedException {
        return api.post("/api/holidays", user, body);
    }

}
