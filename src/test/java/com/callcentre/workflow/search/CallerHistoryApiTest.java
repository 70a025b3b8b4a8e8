package com.callcentre.workflow.search;

import static com.callcentre.workflow.ApiClient.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.Bodies;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CP-3, issue 16: the caller's history at intake over real HTTP, on tickets driven through the real
 * engine: {@code POST /api/caller-history} before registering and {@code earlierTickets} in the answer
 * of {@code POST /api/complaints}; the 90-day window (complaint.caller-history-days), the proposal
 * (the newest open ticket, else the newest on the same category), other callers never shown, who may
 * look (CP-9), bad input, every look recorded for the quality inspector (CP-9), and the repeat rate
 * counting a confirmed proposal but not a cleared one. "Now" is 2030-06-30 10:00 Shanghai time; the
 * window starts 2030-04-01 10:00.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class CallerHistoryApiTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String NOW = "2030-06-30T10:00";

    @LocalServerPort
    int port;
    @Autowired
    ComplaintFixture complaints;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theNewestOpenTicketIsProposedEvenWhenAnotherIsOnTheSameCategory() throws Exception {
        String phone = phone();
        String open = register("2030-05-01T09:00", "agent1", "OTHER", phone, false);
        String closedBilling = register("2030-06-01T09:00", "agent1", "BILLING", phone, true);
        String otherCaller = register("2030-06-20T09:00", "agent1", "BILLING", phone(), false);

        JsonNode history = lookUp("agent2", phone, "BILLING");

        assertThat(ApiClient.fieldNames(history)).containsExactly("earlierTickets", "proposedRepeatOf");
        assertThat(numbers(history)).as("newest first, the caller's only, agent1's too (the call in hand)")
                .containsExactly(closedBilling, open).doesNotContain(otherCaller);
        assertThat(history.path("proposedRepeatOf").asText()).isEqualTo(open);
        JsonNode first = history.path("earlierTickets").get(0);
        assertThat(ApiClient.fieldNames(first)).containsExactly("ticketNo", "status", "category", "categoryName",
                "registeredAt", "open", "proposedRepeat");
        assertThat(first.path("status").asText()).isEqualTo("ARCHIVED");
        assertThat(first.path("category").asText()).isEqualTo("BILLING");
        assertThat(first.path("categoryName").asText()).as("the intake form's name").isEqualTo("计费账务");
        assertThat(first.path("open").asBoolean()).isFalse();
        assertThat(first.path("proposedRepeat").asBoolean()).isFalse();
        assertThat(first.path("registeredAt").asText()).startsWith("2030-06-01T09:00");
        JsonNode second = history.path("earlierTickets").get(1);
        assertThat(second.path("open").asBoolean()).isTrue();
        assertThat(second.path("proposedRepeat").asBoolean()).isTrue();
        assertThat(history.toString()).as("CP-9: no customer data").doesNotContain(phone, "张三", "话费");
    }

    @Test
    void withoutAnOpenTicketTheNewestOnTheSameCategoryIsProposedAndOtherwiseNone() throws Exception {
        String phone = phone();
        register("2030-05-01T09:00", "agent1", "BILLING", phone, true);
        String newerBilling = register("2030-05-20T09:00", "agent1", "BILLING", phone, true);
        String network = register("2030-06-10T09:00", "agent1", "NETWORK", phone, true);

        assertThat(lookUp("agent1", phone, "BILLING").path("proposedRepeatOf").asText()).isEqualTo(newerBilling);
        assertThat(lookUp("agent1", phone, "NETWORK").path("proposedRepeatOf").asText()).isEqualTo(network);
        assertThat(lookUp("agent1", phone, "PRODUCT").path("proposedRepeatOf").isNull()).isTrue();
        JsonNode noCategory = lookUp("agent1", phone, null);
        assertThat(noCategory.path("proposedRepeatOf").isNull()).as("only an open ticket without a category").isTrue();
        assertThat(noCategory.path("earlierTickets")).hasSize(3)
                .allSatisfy(t -> assertThat(t.path("proposedRepeat").asBoolean()).isFalse());
    }

    @Test
    void onlyTheLastNinetyDaysAreShownOrProposed() throws Exception {
        String phone = phone();
        String outside = register("2030-04-01T09:59", "agent1", "BILLING", phone, false);
        String inside = register("2030-04-01T10:01", "agent1", "NETWORK", phone, true);

        JsonNode history = lookUp("agent1", phone, "BILLING");

        assertThat(numbers(history)).containsExactly(inside).doesNotContain(outside);
        assertThat(history.path("proposedRepeatOf").isNull()).as("the open one is older than 90 days").isTrue();
        assertThat(lookUp("agent1", phone, "NETWORK").path("proposedRepeatOf").asText()).isEqualTo(inside);
        assertThat(numbers(lookUp("agent1", phone(), "BILLING"))).as("a number without tickets").isEmpty();
    }

    @Test
    void theRegistrationAnswersWithTheCallersEarlierTicketsAndTheConfirmedProposalCountsAsARepeat()
            throws Exception {
        String phone = phone();
        JsonNode before = weekly();
        String open = register("2044-03-08T09:00", "agent1", "BILLING", phone, false);
        register("2030-01-01T09:00", "agent1", "BILLING", phone, false); // long before: never shown

        // The agent looks the caller up, confirms the proposal and registers.
        at("2044-03-09T09:00");
        String proposal = lookUp("agent2", phone, "BILLING").path("proposedRepeatOf").asText();
        assertThat(proposal).isEqualTo(open);
        HttpResponse<String> confirmed = api.post("/api/complaints", "agent2",
                intake(phone, "BILLING", Map.of("repeatOf", proposal)));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
        JsonNode registered = ApiClient.JSON.readTree(confirmed.body());
        String repeat = registered.path("ticketNo").asText();
        assertThat(ApiClient.fieldNames(registered)).containsExactly("ticketNo", "processInstanceId", "earlierTickets");
        assertThat(numbers(registered.path("earlierTickets"))).as("the new one excluded").containsExactly(open);
        assertThat(registered.path("earlierTickets").get(0).path("proposedRepeat").asBoolean()).isTrue();
        assertThat(confirmed.body()).doesNotContain(phone);

        // The next call of the same caller: the agent clears the proposal (a new matter).
        at("2044-03-10T09:00");
        HttpResponse<String> cleared = api.post("/api/complaints", "agent1", intake(phone, "NETWORK", Map.of()));
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(201);
        JsonNode second = ApiClient.JSON.readTree(cleared.body());
        assertThat(numbers(second.path("earlierTickets"))).containsExactly(repeat, open);
        assertThat(second.path("earlierTickets").get(0).path("proposedRepeat").asBoolean())
                .as("the newest open one").isTrue();

        JsonNode after = weekly();
        assertThat(count(after, "received") - count(before, "received")).isEqualTo(3);
        assertThat(count(after, "repeats") - count(before, "repeats"))
                .as("the confirmed proposal counts, the cleared one does not").isEqualTo(1);
    }

    @Test
    void everyLookIsRecordedForTheInspectorMaskedAndHashed() throws Exception {
        String phone = phone();
        register("2030-06-01T09:00", "agent1", "BILLING", phone, false);

        lookUp("agent2", phone, "BILLING");
        api.post("/api/complaints", "agent1", intake(phone, "BILLING", Map.of()));

        HttpResponse<String> read = api.get("/api/ticket-phone-searches?phone=" + phone, "inspector1");
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode entries = ApiClient.JSON.readTree(read.body());
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).path("searchedBy").asText()).as("the registration's answer").isEqualTo("agent1");
        assertThat(entries.get(1).path("searchedBy").asText()).as("the lookup").isEqualTo("agent2");
        assertThat(entries.get(1).path("results").asLong()).isEqualTo(1);
        assertThat(entries.get(1).path("phone").asText()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(read.body()).doesNotContain(phone);
        assertThat(jdbc.sql("select count(*) from ticket_phone_search where phone_masked like ? or phone_hash like ?")
                .params("%" + phone + "%", "%" + phone + "%").query(Long.class).single()).as("never in clear").isZero();
    }

    @Test
    void agentsAndTheCentresSupervisorsMayLookOthersAreRefusedBeforeTheBodyIsRead() throws Exception {
        String phone = phone();
        at("2030-06-01T09:00");
        for (String user : List.of("agent1", "handler1", "manager1", "leader1", "director1", "centerdirector1",
                "inspector1")) {
            assertThat(api.post("/api/caller-history", user, body(phone, "BILLING")).statusCode()).as(user)
                    .isEqualTo(200);
        }
        for (String user : List.of("billing1", "network1", "admin")) {
            HttpResponse<String> refused = api.post("/api/caller-history", user, body("not a phone", "FOOD"));
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(ApiClient.JSON.readTree(refused.body()).path("message").asText()).contains("无权查看来电客户的历史工单");
        }
        assertThat(api.post("/api/caller-history", null, body(phone, "BILLING")).statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from ticket_phone_search where searched_by in ('billing1', 'network1', "
                + "'admin')").query(Long.class).single()).as("a refused look is no look").isZero();
    }

    @Test
    void aBadPhoneIsRefusedNamingTheFieldInChineseAndRecordsNothing() throws Exception {
        long looks = jdbc.sql("select count(*) from ticket_phone_search").query(Long.class).single();

        HttpResponse<String> bad = api.post("/api/caller-history", "agent1", body("12345", "FOOD"));
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(errorFields(bad)).containsExactlyInAnyOrder("phone", "category");
        ApiClient.JSON.readTree(bad.body()).path("errors").forEach(e -> assertThat(e.path("message").asText())
                .containsPattern("\\p{IsHan}"));
        assertThat(errorFields(api.post("/api/caller-history", "agent1", Map.of("category", "BILLING"))))
                .containsExactly("phone");
        assertThat(errorFields(api.post("/api/caller-history", "agent1", Map.of("phone", phone(), "name", "张三"))))
                .as("unknown fields").containsExactly("name");
        HttpResponse<String> broken = api.postRaw("/api/caller-history", "agent1", "application/json", "{\"phone\":");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body().toLowerCase()).doesNotContain("exception", "jackson");
        assertThat(jdbc.sql("select count(*) from ticket_phone_search").query(Long.class).single()).isEqualTo(looks);
    }

    /** CP-3, CP-9: the caller's history finds a ticket registered with the plain number whichever way the agent types it. */
    @Test
    void theNumberTypedWithPlus86Or0086OrGroupedFindsTheSameHistory() throws Exception {
        String phone = phone();
        String earlier = register("2030-06-01T09:00", "agent1", "BILLING", phone, false);
        String spaced = "+86 " + phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
        String grouped = phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7);

        for (String typed : List.of(spaced, "+86" + phone, "0086" + phone, grouped, phone)) {
            JsonNode history = lookUp("agent2", typed, "BILLING");
            assertThat(numbers(history)).as(typed).containsExactly(earlier);
            assertThat(history.path("proposedRepeatOf").asText()).as(typed).isEqualTo(earlier);
        }
        HttpResponse<String> bad = api.post("/api/caller-history", "agent2", body("+86 12345", "BILLING"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(errorFields(bad)).containsExactly("phone");
    }

    // --- helpers --------------------------------------------------------------------------------

    /** A ticket of the number, registered then as the agent; closed at once when {@code closed}. */
    private String register(String shanghaiTime, String agent, String category, String phone, boolean closed) {
        at(shanghaiTime);
        Map<String, Object> body = Bodies.with(ComplaintFixture.billingComplaint(), "category", category);
        body = Bodies.with(body, "customerPhone", phone);
        if (closed) {
            // CP-1: a consultation answered at first contact is archived at once.
            body = Bodies.with(Bodies.with(body, "type", "CONSULTATION"), "resolvedAtFirstContact", true);
        }
        String ticketNo = complaints.register(agent, body).getBusinessKey();
        at(NOW);
        return ticketNo;
    }

    private static Map<String, Object> intake(String phone, String category, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(ComplaintFixture.billingComplaint());
        body.put("customerPhone", phone);
        body.put("category", category);
        body.putAll(more);
        return body;
    }

    private static Map<String, Object> body(String phone, String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("phone", phone);
        if (category != null) {
            body.put("category", category);
        }
        return body;
    }

    private JsonNode lookUp(String user, String phone, String category) throws Exception {
        HttpResponse<String> response = api.post("/api/caller-history", user, body(phone, category));
        assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        return ApiClient.JSON.readTree(response.body());
    }

    /** The repeat figures of the week of 7 to 13 March 2044, read after it. */
    private JsonNode weekly() throws Exception {
        at("2044-03-20T09:00");
        HttpResponse<String> report = api.get("/api/reports/weekly?week=2044-W10", "manager1");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        return ApiClient.JSON.readTree(report.body()).path("repeats");
    }

    private static long count(JsonNode repeats, String field) {
        return repeats.path(field).asLong();
    }

    private static void at(String shanghaiTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(shanghaiTime).atZone(SHANGHAI).toInstant()));
    }

    private static String phone() {
        return "13" + ThreadLocalRandom.current().nextLong(3, 10) + ThreadLocalRandom.current().nextLong(10_000_000L,
                99_999_999L);
    }

    private static List<String> numbers(JsonNode history) {
        JsonNode tickets = history.has("earlierTickets") ? history.path("earlierTickets") : history;
        List<String> numbers = new ArrayList<>();
        tickets.forEach(t -> numbers.add(t.path("ticketNo").asText()));
        return numbers;
    }
}
