package com.callcentre.workflow.staff;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.Bodies.without;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/shifts} as a client sees it: anyone signed in reads the roster, duty leaders and
 * administrators add shifts, bad input names its field and changes nothing. Writes are in 2030
 * and removed after each test.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class ShiftApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEADER = "leader1";
    private static final String ADMIN = "admin";
    private static final String AGENT = "agent1";

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    RosterFixture fixture;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @AfterEach
    void removeWhatTheTestsWrote() {
        fixture.removeTestShifts();
    }

    @Test
    void aDutyLeaderAddsAShiftAndReadsItBackWithTheBusinessZonesOffset() throws Exception {
        HttpResponse<String> created = post(LEADER, shift("agent3", "2030-01-08", "NIGHT"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        assertThat(ApiClient.fieldNames(body)).containsExactly("id");
        long id = body.path("id").asLong();

        JsonNode listed = list("?employee=agent3&from=2030-01-08&to=2030-01-08", AGENT);
        assertThat(listed).hasSize(1);
        JsonNode night = listed.path(0);
        assertThat(ApiClient.fieldNames(night)).containsExactlyInAnyOrder("id", "employee", "date", "type", "start", "end",
                "origin", "onLeave");
        assertThat(night.path("id").asLong()).isEqualTo(id);
        assertThat(night.path("employee").asText()).isEqualTo("agent3");
        assertThat(night.path("date").asText()).isEqualTo("2030-01-08");
        assertThat(night.path("type").asText()).isEqualTo("NIGHT");
        assertThat(night.path("start").asText()).isEqualTo("2030-01-08T00:00:00+08:00");
        assertThat(night.path("end").asText()).isEqualTo("2030-01-08T08:00:00+08:00");
        assertThat(night.path("origin").asText()).isEqualTo("ROSTER");
        assertThat(night.path("onLeave").asBoolean()).isFalse();
    }

    @Test
    void anAdministratorAddsAnEveningShiftEndingAtMidnight() throws Exception {
        HttpResponse<String> created = post(ADMIN, shift("agent4", "2030-01-08", "EVENING"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode evening = list("?employee=agent4&from=2030-01-01&to=2030-01-31", ADMIN).path(0);
        assertThat(evening.path("start").asText()).isEqualTo("2030-01-08T16:00:00+08:00");
        assertThat(evening.path("end").asText()).isEqualTo("2030-01-09T00:00:00+08:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agent1", "handler1", "director1", "billing1"})
    void whoIsNeitherADutyLeaderNorAnAdministratorGets403AndNothingChanges(String user) throws Exception {
        HttpResponse<String> refused = post(user, shift("agent2", "2030-01-08", "DAY"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        JsonNode error = JSON.readTree(refused.body());
        assertThat(error.path("status").asInt()).isEqualTo(403);
        assertThat(error.path("message").asText()).contains("值班长");
        assertThat(post(user, shift("nobody", "2030-02-30", "LATE")).statusCode())
                .as("who may not roster learns nothing about the body").isEqualTo(403);
        assertThat(list("?from=2030-01-01&to=2030-01-31", ADMIN)).isEmpty();
    }

    @Test
    void theSameShiftTwiceIsA409AndStaysOnce() throws Exception {
        assertThat(post(LEADER, shift("agent2", "2030-01-08", "DAY")).statusCode()).isEqualTo(201);

        HttpResponse<String> again = post("leader2", shift("agent2", "2030-01-08", "DAY"));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).path("message").asText()).contains("agent2", "2030-01-08", "白班");
        assertThat(list("?from=2030-01-01&to=2030-01-31", LEADER)).hasSize(1);
        assertThat(post(LEADER, shift("agent2", "2030-01-08", "EVENING")).statusCode()).isEqualTo(201);
    }

    /** One bad field of an otherwise good shift, and the field the answer must name. */
    record BadInput(String scenario, Map<String, Object> body, String field) {
        @Override
        public String toString() {
            return scenario;
        }
    }

    static Stream<BadInput> badInputs() {
        Map<String, Object> good = shift("agent1", "2030-01-08", "DAY");
        return Stream.of(
                new BadInput("missing employee", without(good, "employee"), "employee"),
                new BadInput("blank employee", with(good, "employee", " "), "employee"),
                new BadInput("unknown employee", with(good, "employee", "nobody"), "employee"),
                new BadInput("employee as a number", with(good, "employee", 1), "employee"),
                new BadInput("missing date", without(good, "date"), "date"),
                new BadInput("malformed date", with(good, "date", "2030/01/08"), "date"),
                new BadInput("date that does not exist", with(good, "date", "2030-02-30"), "date"),
                new BadInput("date as a number", with(good, "date", 20300108), "date"),
                new BadInput("missing type", without(good, "type"), "type"),
                new BadInput("unknown type", with(good, "type", "MORNING"), "type"),
                new BadInput("type in lower case", with(good, "type", "day"), "type"),
                new BadInput("unknown field", with(good, "note", "x"), "note"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsA400NamingTheFieldAndChangesNothing(BadInput bad) throws Exception {
        HttpResponse<String> refused = post(LEADER, bad.body());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(ApiClient.errorFields(refused)).containsExactly(bad.field());
        assertThat(list("?from=2030-01-01&to=2030-01-31", LEADER)).isEmpty();
    }

    @Test
    void everyBadFieldIsNamedAtOnce() throws Exception {
        HttpResponse<String> refused = post(LEADER, Map.of("employee", "nobody", "date", "tomorrow", "type", "LATE",
                "swap", true));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.errorFields(refused)).containsExactlyInAnyOrder("employee", "date", "type", "swap");
    }

    @Test
    void theListIsInTimeOrderThenByEmployeeAndFiltered() throws Exception {
        LocalDate day = LocalDate.of(2030, 1, 8);
        fixture.shift("agent2", day.plusDays(1), ShiftType.NIGHT);
        fixture.shift("agent3", day, ShiftType.EVENING);
        fixture.shift("agent2", day, ShiftType.DAY);
        fixture.shift("agent1", day, ShiftType.DAY);
        fixture.shift("agent4", day, ShiftType.NIGHT);
        fixture.shift("agent1", day.plusDays(2), ShiftType.DAY); // outside the period asked for

        assertThat(lines(list("?from=2030-01-08&to=2030-01-09", AGENT))).containsExactly(
                "2030-01-08 NIGHT agent4", "2030-01-08 DAY agent1", "2030-01-08 DAY agent2",
                "2030-01-08 EVENING agent3", "2030-01-09 NIGHT agent2");
        assertThat(lines(list("?employee=agent2&from=2030-01-08&to=2030-01-10", "vip1"))).containsExactly(
                "2030-01-08 DAY agent2", "2030-01-09 NIGHT agent2");
        assertThat(list("?employee=leader1&from=2030-01-08&to=2030-01-10", AGENT)).isEmpty();
    }

    @Test
    void aPeriodOfNinetyThreeDaysIsTheLongestListed() throws Exception {
        fixture.shift("agent1", LocalDate.of(2030, 4, 3), ShiftType.DAY);

        assertThat(lines(list("?from=2030-01-01&to=2030-04-03", AGENT))).containsExactly("2030-04-03 DAY agent1");
        HttpResponse<String> tooLong = api.get("/api/shifts?from=2030-01-01&to=2030-04-04", AGENT);
        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
        assertThat(ApiClient.errorFields(tooLong)).containsExactly("to");
    }

    @ParameterizedTest(name = "''{0}'' names {1}")
    @MethodSource("badQueries")
    void aBadQueryIsA400NamingTheParameter(String query, List<String> fields) throws Exception {
        HttpResponse<String> read = api.get("/api/shifts" + query, AGENT);

        assertThat(read.statusCode()).as(read.body()).isEqualTo(400);
        assertThat(ApiClient.errorFields(read)).containsExactlyElementsOf(fields);
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                args("", "from", "to"),
                args("?from=2030-01-01", "to"),
                args("?to=2030-01-01", "from"),
                args("?from=2030-1-1&to=2030-01-31", "from"),
                args("?from=2030-01-01&to=2030-02-30", "to"),
                args("?from=2030-01-31&to=2030-01-01", "to"),
                args("?employee=nobody&from=2030-01-01&to=2030-01-31", "employee"),
                args("?employe=agent1&from=2030-01-01&to=2030-01-31", "employe"));
    }

    // --- helpers ----------------------------------------------------------------------------

    private static Arguments args(String query, String... fields) {
        return Arguments.of(query, List.of(fields));
    }

    static Map<String, Object> shift(String employee, String date, String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("employee", employee);
        body.put("date", date);
        body.put("type", type);
        return body;
    }

    private JsonNode list(String query, String user) throws IOException, InterruptedException {
        HttpResponse<String> read = api.get("/api/shifts" + query, user);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return JSON.readTree(read.body());
    }

    /** "date type employee" per shift, in the order listed. */
    private static List<String> lines(JsonNode shifts) {
        List<String> lines = new ArrayList<>();
        shifts.forEach(s -> lines.add(s.path("date").asText() + " " + s.path("type").asText() + " "
                + s.path("employee").asText()));
        return lines;
    }

    private HttpResponse<String> post(String user, Map<String, Object> body) throws IOException, InterruptedException {
        return api.post("/api/shifts", user, body);
    }
}
