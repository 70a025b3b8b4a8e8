package com.callcentre.workflow.search;

import static com.callcentre.workflow.ApiClient.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.Bodies;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.complaint.TicketSearch;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET /api/tickets} and its CSV (issue 16) over real HTTP, on tickets driven through the real
 * engine: each filter, paging, newest first, who sees what (CP-2, CP-9), bad input, the record of
 * searches by phone (CP-9) and the keyed hash in the ticket table. Other tests share the database,
 * so every search here is narrowed by a word only this test's tickets have in their description.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class TicketSearchApiTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    ComplaintFixture complaints;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TicketSearch search;
    @Value("${complaint.phone-hash-key}")
    String hashKey;
    ApiClient api;

    String word;
    String phone1;
    String phone2;
    String a;
    String b;
    String c;

    /**
     * A (agent1, BILLING, phone1) on 2030-03-01 10:00; B (agent2, NETWORK, phone1) on 2030-03-02 00:30
     * Shanghai time (still 03-01 in UTC), dispatched to network; C (agent1, BILLING, phone2, a repeat of
     * A) on 2030-03-03 09:00, dispatched to billing and network.
     */
    @BeforeEach
    void tickets() {
        api = new ApiClient(port);
        word = "Zq" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        phone1 = "139" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        phone2 = "158" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        a = register("2030-03-01T10:00", "agent1", "BILLING", phone1, null);
        b = register("2030-03-02T00:30", "agent2", "NETWORK", phone1, null);
        dispatch(b, "network");
        c = register("2030-03-03T09:00", "agent1", "BILLING", phone2, a);
        dispatch(c, "billing", "network");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachFilterFindsItsTicketsNewestFirstWithTheCustomerMasked() throws Exception {
        JsonNode all = ok("manager1", "text=" + word.toLowerCase());
        assertThat(numbers(all)).containsExactly(c, b, a);
        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(ApiClient.fieldNames(all)).containsExactly("items", "total", "totalExact");
        assertThat(all.path("totalExact").asBoolean()).isTrue();
        JsonNode item = all.path("items").get(0);
        assertThat(ApiClient.fieldNames(item)).containsExactly("ticketNo", "status", "category", "vipLevel", "owner",
                "registeredAt", "departments", "customerPhone", "mayOpen");
        assertThat(item.path("mayOpen").asBoolean()).as("a manager opens every ticket found").isTrue();
        assertThat(item.path("category").asText()).isEqualTo("BILLING");
        assertThat(item.path("owner").asText()).isEqualTo("agent1");
        assertThat(item.path("status").asText()).isEqualTo("AT_DEPARTMENTS");
        assertThat(item.path("vipLevel").asText()).isEqualTo("NONE");
        assertThat(item.path("registeredAt").asText()).startsWith("2030-03-03T09:00").endsWith("+08:00");
        assertThat(item.path("departments").toString()).isEqualTo("[\"billing\",\"network\"]");
        assertThat(item.path("customerPhone").asText()).isEqualTo(phone2.substring(0, 3) + "****" + phone2.substring(7));
        assertThat(all.toString()).as("CP-9").doesNotContain(phone1, phone2);

        // The number as typed: spaces and hyphens are no part of it.
        String typed = phone1.substring(0, 3) + " " + phone1.substring(3, 7) + "-" + phone1.substring(7);
        assertThat(numbers(ok("manager1", "phone=" + enc(typed)))).containsExactly(b, a);
        assertThat(numbers(ok("manager1", "ticketNo=" + a))).containsExactly(a);
        assertThat(numbers(ok("manager1", "text=" + word + "&status=AWAITING_DISPATCH"))).containsExactly(a);
        assertThat(numbers(ok("manager1", "text=" + word + "&category=NETWORK"))).containsExactly(b);
        assertThat(numbers(ok("manager1", "text=" + word + "&department=network"))).containsExactly(c, b);
        assertThat(numbers(ok("manager1", "text=" + word + "&department=billing"))).containsExactly(c);
        assertThat(numbers(ok("manager1", "text=" + word + "&owner=agent2"))).containsExactly(b);
        assertThat(numbers(ok("agent1", "text=" + word + "&owner=me"))).containsExactly(c, a);
        assertThat(numbers(ok("manager1", "text=" + word + "&repeat=true"))).containsExactly(c);
        assertThat(numbers(ok("manager1", "text=" + word + "&repeat=false"))).containsExactly(c, b, a);
        // Registration days in the business zone: B at 00:30 on the 2nd in Shanghai is the 1st in UTC.
        assertThat(numbers(ok("manager1", "text=" + word + "&from=2030-03-02&to=2030-03-02"))).containsExactly(b);
        assertThat(numbers(ok("manager1", "text=" + word + "&to=2030-03-01"))).containsExactly(a);
        assertThat(numbers(ok("manager1", "text=" + word + "&from=2030-03-02"))).containsExactly(c, b);
        // Words of the description, whatever their case; % and _ are letters, not wildcards.
        assertThat(numbers(ok("manager1", "text=" + enc("网速 " + word.toUpperCase())))).isEmpty();
        assertThat(numbers(ok("manager1", "text=" + enc("多扣 " + word.toLowerCase())))).containsExactly(c, b, a);
        assertThat(numbers(ok("manager1", "text=" + enc(word + "%")))).isEmpty();
        // Terms of one or two characters (a Chinese word's commonest length) are found as well as longer ones.
        assertThat(numbers(ok("manager1", "phone=" + phone1 + "&text=" + enc("多扣")))).containsExactly(b, a);
        assertThat(numbers(ok("manager1", "phone=" + phone1 + "&text=" + enc("扣")))).containsExactly(b, a);
        assertThat(numbers(ok("manager1", "phone=" + phone1 + "&text=" + enc("断续")))).isEmpty();
    }

    /** CP-9: a ticket registered with the plain number is found by it typed with China's code or grouped. */
    @Test
    void cp9TheNumberTypedWithPlus86Or0086FindsTheSameTickets() throws Exception {
        String grouped = phone1.substring(0, 3) + "-" + phone1.substring(3, 7) + "-" + phone1.substring(7);
        for (String typed : List.of("+86 " + phone1.substring(0, 3) + " " + phone1.substring(3, 7) + " "
                + phone1.substring(7), "+86" + phone1, "0086" + phone1, grouped, phone1)) {
            assertThat(numbers(ok("manager1", "phone=" + enc(typed)))).as(typed).containsExactly(b, a);
        }
        assertThat(numbers(ok("agent2", "phone=" + enc("+86" + phone1)))).as("an agent's call in hand too")
                .containsExactly(b, a);
    }

    /** A parameter Tomcat cannot decode would be dropped, widening the search to everything: a 400 naming it instead. */
    @Test
    void anUndecodableParameterIsA400NamingItInChineseNotAWiderSearch() throws Exception {
        for (String query : List.of("text=%ZZ", "phone=" + phone1 + "&text=%E5%A4", "ticketNo=" + a + "&text=%")) {
            String[] answer = raw("/api/tickets?" + query, "manager1");
            assertThat(answer[0]).as(query + ": " + answer[1]).isEqualTo("400");
            JsonNode error = ApiClient.JSON.readTree(answer[1]);
            assertThat(ApiClient.fieldNames(error)).containsExactly("status", "message", "rule", "errors");
            assertThat(error.path("message").asText()).as(query).contains("查询参数 text", "无法解码");
            assertThat(error.at("/errors/0/field").asText()).isEqualTo("text");
            assertThat(answer[1]).doesNotContain("items", "Exception");
        }
        for (String path : List.of("/%61pi/tickets", "/api;x=1/tickets", "/api//tickets")) {
            assertThat(raw(path + "?text=%ZZ", "manager1")[0]).as(path + ": the path written another way").isEqualTo("400");
        }
        assertThat(raw("/api/tickets?text=" + word + "&ticketNo=" + a, "manager1")[0]).as("a decodable query")
                .isEqualTo("200");
    }

    /** A raw HTTP/1.0 request, the query string sent byte for byte as given: {status, body}. */
    private String[] raw(String pathAndQuery, String user) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            String credentials = java.util.Base64.getEncoder().encodeToString((user + ":" + ApiClient.password(user))
                    .getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.0\r\nHost: localhost\r\n"
                    + "Accept: application/json\r\nAuthorization: Basic " + credentials + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            return new String[] {response.substring(9, 12), response.substring(end + 4)};
        }
    }

    @Test
    void pagesAreCutNewestFirstAndKnowTheTotal() throws Exception {
        JsonNode first = ok("manager1", "text=" + word + "&size=2");
        JsonNode second = ok("manager1", "text=" + word + "&size=2&page=1");
        JsonNode beyond = ok("manager1", "text=" + word + "&size=2&page=5");

        assertThat(numbers(first)).containsExactly(c, b);
        assertThat(numbers(second)).containsExactly(a);
        assertThat(numbers(beyond)).isEmpty();
        assertThat(List.of(first, second, beyond)).allSatisfy(p -> assertThat(p.path("total").asLong()).isEqualTo(3));
    }

    /**
     * The count stops at its limit (complaint.search-count-limit, 10,000 by default: a count of every
     * match is a scan of each, issue 14/16) and then says "at least"; a page past the limit is still
     * served and counted to its end, and a count under the limit stays exact.
     */
    @Test
    void theCountStopsAtItsLimitAndThenSaysAtLeast() {
        TicketSearch.Criteria mine = new TicketSearch.Criteria(null, null, null, null, null, null, null, null, false,
                word.toLowerCase());

        TicketSearch.Found cut = search.search(mine, TicketSearch.Scope.ALL, 0, 1, 2);
        TicketSearch.Found pastTheLimit = search.search(mine, TicketSearch.Scope.ALL, 1, 2, 2);
        TicketSearch.Found under = search.search(mine, TicketSearch.Scope.ALL, 0, 1, 5);

        assertThat(cut.total()).isEqualTo(2);
        assertThat(cut.totalExact()).isFalse();
        assertThat(cut.items()).extracting(TicketSearch.Hit::ticketNo).containsExactly(c);
        assertThat(pastTheLimit.items()).extracting(TicketSearch.Hit::ticketNo).containsExactly(a);
        assertThat(pastTheLimit.total()).isEqualTo(3);
        assertThat(pastTheLimit.totalExact()).isTrue();
        assertThat(under.total()).isEqualTo(3);
        assertThat(under.totalExact()).isTrue();
    }

    /**
     * A liaison finds their department's tickets but may not open the ticket's view (they read their
     * order in Tasklist): each row says so ({@code mayOpen}), and the view's 403 is in Chinese.
     */
    @Test
    void eachRowSaysWhetherTheReaderMayOpenItALiaisonMayNot() throws Exception {
        JsonNode liaison = ok("billing1", "text=" + word);
        assertThat(numbers(liaison)).containsExactly(c);
        assertThat(liaison.at("/items/0/mayOpen").asBoolean(true)).as("the page shows the number as text").isFalse();
        HttpResponse<String> view = api.get("/api/complaints/" + c, "billing1");
        assertThat(view.statusCode()).isEqualTo(403);
        assertThat(ApiClient.JSON.readTree(view.body()).path("message").asText()).startsWith("无权查看");

        JsonNode agent = ok("agent2", "phone=" + phone1);
        assertThat(numbers(agent)).containsExactly(b, a);
        assertThat(agent.path("items")).as("an agent opens the caller's tickets found by number (CP-3)")
                .allSatisfy(i -> assertThat(i.path("mayOpen").asBoolean()).isTrue());
        assertThat(api.get("/api/complaints/" + a, "agent2").statusCode()).as("as the flag says").isEqualTo(200);
        assertThat(ok("manager1", "text=" + word).path("items"))
                .allSatisfy(i -> assertThat(i.path("mayOpen").asBoolean()).isTrue());
    }

    @Test
    void anAgentSeesTheirOwnTicketsAndByPhoneTheCallers() throws Exception {
        assertThat(numbers(ok("agent2", "text=" + word))).as("own only").containsExactly(b);
        assertThat(numbers(ok("agent2", "text=" + word + "&ticketNo=" + a))).as("another's by number").isEmpty();
        assertThat(numbers(ok("agent2", "phone=" + phone1))).as("the caller's, agent1's too").containsExactly(b, a);
        assertThat(numbers(ok("agent2", "phone=" + phone2))).containsExactly(c);
        assertThat(numbers(ok("agent1", "text=" + word))).containsExactly(c, a);
    }

    @Test
    void aLiaisonSeesOnlyTheTicketsTheirDepartmentHadAnOrderFor() throws Exception {
        assertThat(numbers(ok("billing1", "text=" + word))).containsExactly(c);
        assertThat(numbers(ok("network1", "text=" + word))).containsExactly(c, b);
        assertThat(numbers(ok("billing1", "phone=" + phone1))).as("a number does not widen it").isEmpty();
        assertThat(numbers(ok("network1", "ticketNo=" + a))).isEmpty();
        assertThat(ok("billing1", "text=" + word).path("total").asLong()).isEqualTo(1);
    }

    @Test
    void theCentresSupervisorsSeeEveryTicketAndAnyoneElseIsRefused() throws Exception {
        for (String user : List.of("handler1", "manager1", "leader1", "director1", "centerdirector1", "inspector1")) {
            assertThat(numbers(ok(user, "text=" + word))).as(user).containsExactly(c, b, a);
        }
        HttpResponse<String> admin = api.get("/api/tickets?text=" + word, "admin");
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(ApiClient.JSON.readTree(admin.body()).path("message").asText()).contains("无权查询工单");
        assertThat(api.get("/api/tickets", null).statusCode()).isEqualTo(401);
    }

    @Test
    void badParametersAreRefusedNamingEachInChineseWithoutSql() throws Exception {
        HttpResponse<String> bad = api.get("/api/tickets?status=LOST&category=FOOD&from=2030-02-30&size=101&page=-1"
                + "&phone=abc&repeat=yes&colour=red&to=2030-13-01", "manager1");

        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(errorFields(bad)).containsExactlyInAnyOrder("status", "category", "from", "size", "page", "phone",
                "repeat", "colour", "to");
        JsonNode body = ApiClient.JSON.readTree(bad.body());
        assertThat(body.path("message").asText()).isEqualTo("输入有误");
        body.path("errors").forEach(e -> assertThat(e.path("message").asText()).as(e.toString())
                .containsPattern("\\p{IsHan}"));
        assertThat(bad.body().toLowerCase()).doesNotContain("select", "sql", "exception", "ticket t");

        HttpResponse<String> department = api.get("/api/tickets?department=nowhere", "manager1");
        assertThat(department.statusCode()).isEqualTo(400);
        assertThat(errorFields(department)).containsExactly("department");
        HttpResponse<String> backwards = api.get("/api/tickets?from=2030-03-02&to=2030-03-01", "manager1");
        assertThat(errorFields(backwards)).containsExactly("to");
        HttpResponse<String> quote = api.get("/api/tickets?ticketNo=" + enc("x' or '1'='1"), "agent1");
        assertThat(quote.statusCode()).isEqualTo(200);
        assertThat(ApiClient.JSON.readTree(quote.body()).path("total").asLong()).isZero();
    }

    @Test
    void everySearchByPhoneIsRecordedForTheInspectorMaskedAndHashed() throws Exception {
        ok("agent2", "phone=" + phone1);

        List<Map<String, Object>> rows = jdbc.sql("select searched_by, phone_masked, phone_hash, results "
                + "from ticket_phone_search where phone_hash = ?").param(hmac(phone1)).query().listOfRows();
        assertThat(rows).hasSize(1);
        Map<String, Object> row = lower(rows.get(0));
        assertThat(row.get("searched_by")).isEqualTo("agent2");
        assertThat(row.get("phone_masked")).isEqualTo(phone1.substring(0, 3) + "****" + phone1.substring(7));
        assertThat(((Number) row.get("results")).longValue()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from ticket_phone_search where phone_masked like ? or phone_hash like ?")
                .params("%" + phone1 + "%", "%" + phone1 + "%").query(Long.class).single()).as("never in clear").isZero();

        HttpResponse<String> read = api.get("/api/ticket-phone-searches?phone=" + phone1, "inspector1");
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode entries = ApiClient.JSON.readTree(read.body());
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).path("searchedBy").asText()).isEqualTo("agent2");
        assertThat(read.body()).doesNotContain(phone1);
        assertThat(api.get("/api/ticket-phone-searches", "agent2").statusCode()).isEqualTo(403);
        // A search without a number is not recorded.
        ok("agent2", "text=" + word);
        assertThat(jdbc.sql("select count(*) from ticket_phone_search where phone_hash = ?").param(hmac(phone1))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void managersExportTheResultAsCsvWithTheCustomerMasked() throws Exception {
        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(api.request("/api/tickets.csv?text=" + word, "manager1", "demo")
                .GET().build(), BodyHandlers.ofByteArray());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "tickets.csv");
        byte[] bytes = csv.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", TicketCsv.HEADERS));
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith(c + ",AT_DEPARTMENTS,BILLING,NONE,agent1,2030-03-03 09:00,计费部、网络维护部,")
                .endsWith(phone2.substring(0, 3) + "****" + phone2.substring(7));
        assertThat(text).doesNotContain(phone1, phone2);

        assertThat(api.get("/api/tickets?format=csv&text=" + word, "director1").body()).contains(a, b, c);
        assertThat(api.get("/api/tickets.csv?text=" + word, "agent1").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/tickets?format=csv&text=" + word, "handler1").statusCode()).isEqualTo(403);
        HttpResponse<String> bad = api.get("/api/tickets.csv?size=500", "manager1");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(errorFields(bad)).containsExactly("size");
    }

    @Test
    void theTicketTableKeepsTheNumberSearchableOnlyAsItsKeyedHash() throws Exception {
        for (String ticketNo : List.of(a, b, c)) {
            String hash = jdbc.sql("select customer_phone_hash from ticket where ticket_no = ?").param(ticketNo)
                    .query(String.class).single();
            assertThat(hash).matches("[0-9a-f]{64}").doesNotContain(phone1, phone2, phone1.substring(3), phone2.substring(3));
        }
        assertThat(jdbc.sql("select customer_phone_hash from ticket where ticket_no = ?").param(a).query(String.class)
                .single()).as("HMAC-SHA256 of the digits, keyed").isEqualTo(hmac(phone1));
        assertThat(jdbc.sql("select count(*) from ticket where customer_phone_hash like ?").param("%" + phone1.substring(3) + "%")
                .query(Long.class).single()).isZero();
    }

    // --- helpers --------------------------------------------------------------------------------

    private String register(String shanghaiTime, String agent, String category, String phone, String repeatOf) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(shanghaiTime).atZone(SHANGHAI).toInstant()));
        Map<String, Object> body = Bodies.with(ComplaintFixture.billingComplaint(), "category", category);
        body = Bodies.with(body, "customerPhone", phone);
        body = Bodies.with(body, "description", "本月话费多扣 " + word.toUpperCase() + " 网络时断时续");
        if (repeatOf != null) {
            body = Bodies.with(body, "repeatOf", repeatOf);
        }
        return complaints.register(agent, body).getBusinessKey();
    }

    private void dispatch(String ticketNo, String... departments) {
        complaints.complete("manager1", complaints.task(ticketNo, "dispatch"), Map.of("departments",
                SpinValues.jsonValue(Spin.JSON(List.of(departments)).toString()).create()));
    }

    private JsonNode ok(String user, String query) throws Exception {
        HttpResponse<String> response = api.get("/api/tickets?" + query, user);
        assertThat(response.statusCode()).as(user + " " + query + ": " + response.body()).isEqualTo(200);
        return ApiClient.JSON.readTree(response.body());
    }

    private static List<String> numbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.path("items").forEach(i -> numbers.add(i.path("ticketNo").asText()));
        return numbers;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String hmac(String phone) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(hashKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(phone.replaceAll("\\D", "").getBytes(StandardCharsets.US_ASCII)));
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> lower = new java.util.HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(), v));
        return lower;
    }
}
