package com.callcentre.workflow.shiftswap;

import static com.callcentre.workflow.shiftswap.SwapFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.calendar.Holiday;
import com.callcentre.workflow.calendar.HolidayCalendar;
import com.callcentre.workflow.staff.ShiftType;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/shift-swaps} as the requester sees it, and every swap rule at its edges: a case
 * that passes and one that is refused with 422 naming the rule, nothing created.
 * agent1, agent2, agent3 are INTERMEDIATE agents, agent4 a JUNIOR one, handler1 a complaint
 * handler. Shifts are in 2031 and removed after each test.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class SwapApiTest {

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ProcessEngine engine;
    @Autowired
    SwapFixture fixture;
    @Autowired
    HolidayCalendar holidays;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @AfterEach
    void cleanUp() {
        fixture.cleanUp();
    }

    // --- the API -------------------------------------------------------------------------------

    @Test
    void theRequesterAsksAndTheTwoEmployeesAndDutyLeadersReadTheSwap() throws Exception {
        long mine = fixture.shift("agent1", "2031-03-04", ShiftType.DAY);
        long theirs = fixture.shift("agent2", "2031-03-06", ShiftType.EVENING);

        HttpResponse<String> created = api.post("/api/shift-swaps", "agent1", request(mine, "agent2", theirs));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = ApiClient.JSON.readTree(created.body());
        assertThat(ApiClient.fieldNames(body)).containsExactly("requestId");
        String requestId = body.path("requestId").asText();
        assertThat(requestId).matches("HB\\d{8}-\\d{4,}");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/shift-swaps/" + requestId);

        for (String reader : List.of("agent1", "agent2", "leader1", "leader2")) {
            HttpResponse<String> read = api.get("/api/shift-swaps/" + requestId, reader);
            assertThat(read.statusCode()).as(reader + ": " + read.body()).isEqualTo(200);
        }
        JsonNode swap = ApiClient.JSON.readTree(api.get("/api/shift-swaps/" + requestId, "agent2").body());
        assertThat(swap.path("status").asText()).isEqualTo("PENDING");
        assertThat(swap.path("requester").asText()).isEqualTo("agent1");
        assertThat(swap.path("colleague").asText()).isEqualTo("agent2");
        assertThat(swap.path("requesterShift").path("id").asLong()).isEqualTo(mine);
        assertThat(swap.path("colleagueShift").path("start").asText()).isEqualTo("2031-03-06T16:00:00+08:00");
        assertThat(swap.path("colleagueShift").path("end").asText()).isEqualTo("2031-03-07T00:00:00+08:00");
        assertThat(swap.path("handoverNote").asText()).isNotBlank();
        assertThat(swap.path("decisions").isArray()).isTrue();
        assertThat(swap.path("decisions")).isEmpty();

        assertThat(api.get("/api/shift-swaps/" + requestId, "agent3").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/shift-swaps/HB20310101-9999", "agent1").statusCode()).isEqualTo(404);
    }

    @Test
    void badInputNamesEachFieldAndCreatesNothing() throws Exception {
        long mine = fixture.shift("agent1", "2031-03-04", ShiftType.DAY);
        long theirs = fixture.shift("agent2", "2031-03-06", ShiftType.DAY);
        Map<String, Object> body = request(theirs, "agent3", mine); // neither shift is its owner's
        body.put("colour", "red");
        body.remove("reason");

        HttpResponse<String> refused = api.post("/api/shift-swaps", "agent1", body);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(ApiClient.JSON.readTree(refused.body()).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("colour", "requesterShift", "colleagueShift", "reason");
        assertThat(fixture.swapCount()).isZero();
    }

    // --- SW-6 a handover note ------------------------------------------------------------------

    @Test
    void sw6AnEmptyHandoverNoteIsRefused() throws Exception {
        long mine = fixture.shift("agent1", "2031-03-04", ShiftType.DAY);
        long theirs = fixture.shift("agent2", "2031-03-06", ShiftType.DAY);
        Map<String, Object> body = request(mine, "agent2", theirs);
        body.put("handoverNote", "  ");

        assertRefused(api.post("/api/shift-swaps", "agent1", body), "SW-6");
        body.remove("handoverNote");
        assertRefused(api.post("/api/shift-swaps", "agent1", body), "SW-6");
        assertAccepted(api.post("/api/shift-swaps", "agent1", request(mine, "agent2", theirs)));
    }

    // --- SW-5 same job type and skill level ----------------------------------------------------

    @Test
    void sw5AnotherSkillLevelIsRefused() throws Exception {
        long mine = fixture.shift("agent1", "2031-03-04", ShiftType.DAY);
        long junior = fixture.shift("agent4", "2031-03-06", ShiftType.DAY);
        long sameLevel = fixture.shift("agent3", "2031-03-06", ShiftType.DAY);

        assertRefused(api.post("/api/shift-swaps", "agent1", request(mine, "agent4", junior)), "SW-5");
        assertAccepted(api.post("/api/shift-swaps", "agent1", request(mine, "agent3", sameLevel)));
    }

    @Test
    void sw5AnotherJobTypeIsRefused() throws Exception {
        long mine = fixture.shift("agent1", "2031-03-04", ShiftType.DAY);
        long handler = fixture.shift("handler1", "2031-03-06", ShiftType.DAY);

        assertRefused(api.post("/api/shift-swaps", "agent1", request(mine, "handler1", handler)), "SW-5");
    }

    // --- SW-8 holiday duty ---------------------------------------------------------------------

    @Test
    void sw8AShiftOnAPublicHolidayBreakDayIsRefused() throws Exception {
        holidays.save(new Holiday(LocalDate.of(2031, 10, 1), Holiday.Kind.BREAK_DAY, true, "国庆节"));
        long holidayDuty = fixture.shift("agent1", "2031-10-01", ShiftType.DAY);
        long colleaguesHolidayDuty = fixture.shift("agent2", "2031-10-01", ShiftType.EVENING);
        long mine = fixture.shift("agent1", "2031-10-09", ShiftType.DAY);
        long theirs = fixture.shift("agent2", "2031-10-13", ShiftType.DAY);

        assertRefused(api.post("/api/shift-swaps", "agent1", request(holidayDuty, "agent2", theirs)), "SW-8");
        assertRefused(api.post("/api/shift-swaps", "agent1", request(mine, "agent2", colleaguesHolidayDuty)), "SW-8");
        assertAccepted(api.post("/api/shift-swaps", "agent1", request(mine, "agent2", theirs)));
    }

    // --- SW-4 no consecutive swaps, no back-to-back shifts -------------------------------------

    @Test
    void sw4AShiftObtainedByASwapIsNotSwappedAgain() throws Exception {
        long mine = fixture.shift("agent1", "2031-03-04", ShiftType.DAY);
        long theirs = fixture.shift("agent2", "2031-03-06", ShiftType.DAY);
        long obtained = fixture.shift("agent1", "2031-03-11", ShiftType.DAY);
        fixture.markSwapped(obtained);

        assertRefused(api.post("/api/shift-swaps", "agent1", request(obtained, "agent2", theirs)), "SW-4");
        assertAccepted(api.post("/api/shift-swaps", "agent1", request(mine, "agent2", theirs)));
    }

    @Test
    void sw4AShiftOfferedInAPendingSwapIsNotOfferedAgain() throws Exception {
        long mine = fixture.shift("agent1", "2031-03-04", ShiftType.DAY);
        long theirs = fixture.shift("agent2", "2031-03-06", ShiftType.DAY);
        long agent3s = fixture.shift("agent3", "2031-03-06", ShiftType.EVENING);
        assertAccepted(api.post("/api/shift-swaps", "agent1", request(mine, "agent2", theirs)));

        assertRefused(api.post("/api/shift-swaps", "agent1", request(mine, "agent3", agent3s)), "SW-4");
    }

    @Test
    void sw4ExactlyEightHoursOfRestIsAccepted() throws Exception {
        long mine = fixture.shift("agent1", "2031-05-06", ShiftType.DAY);
        fixture.shift("agent1", "2031-05-07", ShiftType.DAY); // ends 16:00
        long night = fixture.shift("agent2", "2031-05-08", ShiftType.NIGHT); // starts 00:00: 8 h later

        assertAccepted(api.post("/api/shift-swaps", "agent1", request(mine, "agent2", night)));
    }

    @Test
    void sw4BackToBackShiftsOfTheRequesterAreRefused() throws Exception {
        long mine = fixture.shift("agent1", "2031-05-06", ShiftType.DAY);
        fixture.shift("agent1", "2031-05-07", ShiftType.EVENING); // ends 24:00
        long night = fixture.shift("agent2", "2031-05-08", ShiftType.NIGHT); // starts 00:00: no rest

        HttpResponse<String> refused = api.post("/api/shift-swaps", "agent1", request(mine, "agent2", night));

        assertRefused(refused, "SW-4");
        assertThat(ApiClient.JSON.readTree(refused.body()).path("message").asText()).contains("王芳", "0 小时");
    }

    @Test
    void sw4BackToBackShiftsOfTheColleagueAreRefused() throws Exception {
        long mine = fixture.shift("agent1", "2031-05-06", ShiftType.NIGHT); // 00:00-08:00
        fixture.shift("agent2", "2031-05-05", ShiftType.EVENING); // ends 24:00
        long theirs = fixture.shift("agent2", "2031-05-09", ShiftType.DAY);

        HttpResponse<String> refused = api.post("/api/shift-swaps", "agent1", request(mine, "agent2", theirs));

        assertRefused(refused, "SW-4");
        assertThat(ApiClient.JSON.readTree(refused.body()).path("message").asText()).contains("李娜");
    }

    @Test
    void sw4SwapsOnConsecutiveDaysAreConsecutiveSwaps() throws Exception {
        assertAccepted(swap("agent1", "2031-03-04", "agent2", "2031-03-06"));

        // agent2 would swap again the day after its shift of the first swap.
        HttpResponse<String> nextDay = swap("agent3", "2031-03-07", "agent2", "2031-03-10");
        assertRefused(nextDay, "SW-4");
        assertThat(ApiClient.JSON.readTree(nextDay.body()).path("message").asText()).contains("李娜", "相邻");
        // agent1 the day before its shift of the first swap.
        assertRefused(swap("agent1", "2031-03-03", "agent3", "2031-03-12"), "SW-4");
        // Two days apart is no longer consecutive.
        assertAccepted(swap("agent3", "2031-03-08", "agent2", "2031-03-14"));
    }

    // --- SW-7 no leave on a swapped or repaying shift ------------------------------------------

    @Test
    void sw7PendingOrApprovedLeaveOfEitherPersonOnEitherShiftIsRefused() throws Exception {
        long mine = fixture.shift("agent1", "2031-03-04", ShiftType.DAY);
        long theirs = fixture.shift("agent2", "2031-03-06", ShiftType.DAY);
        // agent1 asked for leave on the day it would work for agent2.
        fixture.leave("QJTEST-0001", "agent1", "2031-03-06T08:00+08:00", "2031-03-06T16:00+08:00", "PENDING");

        HttpResponse<String> refused = api.post("/api/shift-swaps", "agent1", request(mine, "agent2", theirs));

        assertRefused(refused, "SW-7");
        assertThat(ApiClient.JSON.readTree(refused.body()).path("message").asText())
                .contains("王芳", "QJTEST-0001", "换班和还班均不得请假");

        fixture.leave("QJTEST-0002", "agent3", "2031-03-09T08:00+08:00", "2031-03-09T16:00+08:00", "APPROVED");
        long agent3s = fixture.shift("agent3", "2031-03-09", ShiftType.DAY);
        long laterShift = fixture.shift("agent1", "2031-03-12", ShiftType.DAY);
        assertRefused(api.post("/api/shift-swaps", "agent1", request(laterShift, "agent3", agent3s)), "SW-7");

        // Rejected or cancelled leave does not count.
        fixture.leave("QJTEST-0003", "agent2", "2031-03-20T08:00+08:00", "2031-03-20T16:00+08:00", "REJECTED");
        assertAccepted(swap("agent1", "2031-03-18", "agent2", "2031-03-20"));
    }

    // --- SW-11 one-way cover -------------------------------------------------------------------

    @Test
    void sw11ACoverIsAskedForWithoutAShiftBackAndReadAsACover() throws Exception {
        long mine = fixture.shift("agent1", "2031-03-04", ShiftType.DAY);

        HttpResponse<String> created = api.post("/api/shift-swaps", "agent1", SwapFixture.cover(mine, "agent2"));

        assertAccepted(created);
        String requestId = ApiClient.JSON.readTree(created.body()).path("requestId").asText();
        JsonNode swap = ApiClient.JSON.readTree(api.get("/api/shift-swaps/" + requestId, "leader1").body());
        assertThat(swap.path("kind").asText()).isEqualTo("COVER");
        assertThat(swap.path("kindName").asText()).isEqualTo("代班");
        assertThat(swap.path("requesterShift").path("id").asLong()).isEqualTo(mine);
        assertThat(swap.path("colleagueShift").isNull()).isTrue();
        assertThat(swap.path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void sw11ACoverNamingAShiftBackIsBadInputAndASwapWithoutOneToo() throws Exception {
        long mine = fixture.shift("agent1", "2031-03-04", ShiftType.DAY);
        long theirs = fixture.shift("agent2", "2031-03-06", ShiftType.DAY);
        Map<String, Object> coverWithShift = SwapFixture.cover(mine, "agent2");
        coverWithShift.put("colleagueShift", theirs);
        Map<String, Object> swapWithout = request(mine, "agent2", theirs);
        swapWithout.remove("colleagueShift");

        for (Map<String, Object> body : List.of(coverWithShift, swapWithout)) {
            HttpResponse<String> refused = api.post("/api/shift-swaps", "agent1", body);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(ApiClient.JSON.readTree(refused.body()).path("errors").findValuesAsText("field"))
                    .containsExactly("colleagueShift");
        }
        assertThat(api.post("/api/shift-swaps", "agent1", coverWithShift).body()).contains("代班时同事不还班");
        assertThat(fixture.swapCount()).isZero();
    }

    @Test
    void sw11ACoverMeetsTheSwapRules() throws Exception {
        long mine = fixture.shift("agent1", "2031-03-04", ShiftType.DAY);
        // SW-5: agent4 is a junior agent.
        assertRefused(api.post("/api/shift-swaps", "agent1", SwapFixture.cover(mine, "agent4")), "SW-5");
        // SW-7: the colleague has leave asked for on the covered shift.
        fixture.leave("QJTEST-0001", "agent2", "2031-03-04T08:00+08:00", "2031-03-04T16:00+08:00", "PENDING");
        assertRefused(api.post("/api/shift-swaps", "agent1", SwapFixture.cover(mine, "agent2")), "SW-7");
        // SW-4: the colleague would work back to back.
        fixture.shift("agent3", "2031-03-04", ShiftType.NIGHT); // 00:00-08:00, right before the DAY shift
        assertRefused(api.post("/api/shift-swaps", "agent1", SwapFixture.cover(mine, "agent3")), "SW-4");
        // SW-3: covers count as swaps.
        assertAccepted(swap("agent1", "2031-03-10", "agent2", "2031-03-12"));
        assertAccepted(swap("agent1", "2031-03-16", "agent2", "2031-03-18"));
        long later = fixture.shift("agent1", "2031-03-24", ShiftType.DAY);
        assertRefused(api.post("/api/shift-swaps", "agent1", SwapFixture.cover(later, "agent3")), "SW-3");
    }

    // --- SW-3 at most two swaps a month --------------------------------------------------------

    @Test
    void sw3TheSecondSwapInAMonthIsAcceptedTheThirdRefused() throws Exception {
        assertAccepted(swap("agent1", "2031-03-03", "agent2", "2031-03-05"));
        assertAccepted(swap("agent1", "2031-03-07", "agent2", "2031-03-09"));

        HttpResponse<String> third = swap("agent1", "2031-03-11", "agent3", "2031-03-13");

        assertRefused(third, "SW-3");
        assertThat(ApiClient.JSON.readTree(third.body()).path("message").asText()).contains("王芳", "2031年3月");
        assertAccepted(swap("agent1", "2031-04-01", "agent3", "2031-04-03")); // another month
    }

    @Test
    void sw3SwapsAsColleagueCountForBothPeople() throws Exception {
        assertAccepted(swap("agent2", "2031-03-03", "agent1", "2031-03-05"));
        assertAccepted(swap("agent3", "2031-03-07", "agent1", "2031-03-09"));

        // agent1 has two as colleague: a third is refused whoever asks.
        assertRefused(swap("agent2", "2031-03-11", "agent1", "2031-03-13"), "SW-3");
        assertRefused(swap("agent1", "2031-03-17", "agent3", "2031-03-19"), "SW-3");
        assertAccepted(swap("agent2", "2031-03-21", "agent3", "2031-03-25"));
    }

    /** Rosters both DAY shifts and asks for the swap as the requester. */
    private HttpResponse<String> swap(String requester, String date, String colleague, String colleagueDate)
            throws Exception {
        long mine = fixture.shift(requester, date, ShiftType.DAY);
        long theirs = fixture.shift(colleague, colleagueDate, ShiftType.DAY);
        return api.post("/api/shift-swaps", requester, request(mine, colleague, theirs));
    }

    private void assertRefused(HttpResponse<String> response, String rule) throws Exception {
        int before = fixture.swapCount();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode body = ApiClient.JSON.readTree(response.body());
        assertThat(ApiClient.fieldNames(body)).as("the one error shape").containsExactly("status", "message", "rule", "errors");
        assertThat(body.path("status").asInt()).isEqualTo(422);
        assertThat(body.path("rule").asText()).isEqualTo(rule);
        assertThat(body.path("message").asText()).isNotBlank().doesNotContain(rule);
        assertThat(body.path("errors").isArray()).isTrue();
        assertThat(fixture.swapCount()).isEqualTo(before);
    }

    private static void assertAccepted(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

}
