package com.callcentre.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The figures of a weekly report (CP-8, SL-6) for one week of tickets driven through the real
 * process: answers in and out of time, a send-back, breaches at each escalation level, a clock
 * paused for the customer, a ticket sent to two departments, a ticket answered at first contact
 * and the three callback outcomes. The week is 2030-W40, Monday 2030-09-30 09:00 in Shanghai
 * ("hour 0"); the report is read at hour 100 (Friday 13:00).
 */
@ApplicationTest
@ExcludeFromProcessCoverage
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFiguresTest {

    static final String WEEK = "2030-W40";
    static final Instant HOUR_0 = ReportFixture.mondayNine(30);

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ReportFixture tickets;
    ApiClient api;

    @BeforeAll
    void oneWeekOfTickets() {
        at(0);
        ProcessInstance quick = tickets.complaint("BILLING", "NONE");        // billing answers in 10 h
        ProcessInstance twoDepartments = tickets.complaint("BILLING", "NONE"); // billing 20 h, network 61 h (level 2)
        ProcessInstance sentBack = tickets.complaint("NETWORK", "NONE");     // billing sends back, network breaches
        ProcessInstance diamond = tickets.complaint("BILLING", "DIAMOND");   // 12 h limit, up to level 3, open
        ProcessInstance attitude = tickets.complaint("SERVICE_ATTITUDE", "NONE"); // vip answers in 5 h
        ProcessInstance paused = tickets.complaint("BILLING", "NONE");       // network waits for the customer
        tickets.answeredAtFirstContact("PRODUCT");                           // no department order at all
        tickets.dispatch(quick, "billing");
        tickets.dispatch(twoDepartments, "billing", "network");
        tickets.dispatch(diamond, "billing");
        tickets.dispatch(attitude, "vip");
        tickets.dispatch(paused, "network");
        at(1);
        tickets.dispatch(sentBack, "billing");
        at(2);
        tickets.askCustomer(paused, "network");
        at(3);
        tickets.sendBack(sentBack, "billing");
        at(4);
        tickets.dispatch(sentBack, "network"); // round 2, due at hour 52; its breach timer is never run
        at(5);
        tickets.resolve(attitude, "vip");
        at(6);
        tickets.reviewAndCallBack(attitude, "UNREACHABLE");
        at(10);
        tickets.resolve(quick, "billing");
        at(11);
        tickets.reviewAndCallBack(quick, "SATISFIED");
        at(12);
        tickets.fire(diamond, "breachTimer");
        at(20);
        tickets.resolve(twoDepartments, "billing");
        at(24);
        tickets.fire(diamond, "level2Timer");
        at(36);
        tickets.fire(diamond, "level3Timer");
        at(48);
        tickets.fire(twoDepartments, "breachTimer");
        at(60);
        tickets.fire(twoDepartments, "level2Timer");
        at(61);
        tickets.resolve(twoDepartments, "network");
        at(63);
        tickets.reviewAndCallBack(twoDepartments, "UNSATISFIED");
    }

    @BeforeEach
    void readAtHundredHours() {
        api = new ApiClient(port);
        at(100);
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachDepartmentAndCategoryHasItsFigures() throws Exception {
        JsonNode report = weekly();

        JsonNode billing = row(report, "billing", "BILLING");
        assertThat(billing.path("departmentName").asText()).isEqualTo("计费部");
        assertThat(billing.path("categoryName").asText()).isEqualTo("计费账务");
        assertCounts(billing, 3, 3, 0, 2, 2, 3);
        assertBreaches(billing, 1, 0, 0, 0, 1);
        assertThat(billing.path("breachRate").asDouble()).isEqualTo(33.3);
        assertCallbacks(billing, 1, 1, 0);
        assertHours(billing, 15.0, 20.0);

        JsonNode networkBilling = row(report, "network", "BILLING");
        assertCounts(networkBilling, 2, 2, 0, 1, 0, 1);
        assertBreaches(networkBilling, 1, 0, 0, 1, 0);
        assertThat(networkBilling.path("breachRate").asDouble()).isEqualTo(100.0);
        assertCallbacks(networkBilling, 0, 1, 0);
        assertHours(networkBilling, 61.0, 61.0);

        JsonNode sentBack = row(report, "billing", "NETWORK");
        assertCounts(sentBack, 1, 1, 1, 0, 0, 1);
        assertBreaches(sentBack, 0, 0, 0, 0, 0);
        assertHours(sentBack, null, null);

        JsonNode notEscalated = row(report, "network", "NETWORK");
        assertCounts(notEscalated, 1, 1, 0, 0, 0, 1);
        assertBreaches(notEscalated, 1, 1, 0, 0, 0);

        JsonNode vip = row(report, "vip", "SERVICE_ATTITUDE");
        assertCounts(vip, 1, 1, 0, 1, 1, 1);
        assertCallbacks(vip, 0, 0, 1);
        assertHours(vip, 5.0, 5.0);

        JsonNode firstContact = row(report, null, "PRODUCT");
        assertThat(firstContact.path("departmentName").asText()).isEqualTo("未派单");
        assertCounts(firstContact, 1, 0, 0, 0, 0, 0);
        assertThat(report.path("rows")).hasSize(6);
    }

    @Test
    void aTicketSentToTwoDepartmentsCountsInEachButOnceInTheTotal() throws Exception {
        JsonNode report = weekly();

        JsonNode billing = department(report, "billing");
        assertCounts(billing, 4, 4, 1, 2, 2, 4);
        assertBreaches(billing, 1, 0, 0, 0, 1);
        assertThat(billing.path("breachRate").asDouble()).isEqualTo(25.0);
        JsonNode network = department(report, "network");
        assertCounts(network, 3, 3, 0, 1, 0, 2);
        assertBreaches(network, 2, 1, 0, 1, 0);
        assertCallbacks(network, 0, 1, 0);
        assertThat(department(report, "business").path("received").asInt()).as("listed without figures").isZero();

        JsonNode total = report.path("total");
        assertCounts(total, 7, 8, 1, 4, 3, 7);
        assertBreaches(total, 3, 1, 0, 1, 1);
        assertThat(total.path("breachRate").asDouble()).isEqualTo(42.9);
        assertCallbacks(total, 1, 1, 1);
        assertHours(total, 24.0, 61.0); // answers of 5, 10, 20 and 61 hours

        JsonNode billingCategory = category(report, "BILLING");
        assertThat(billingCategory.path("received").asInt()).isEqualTo(4);
        assertThat(billingCategory.path("callbacks").path("total").asInt()).as("the two-department callback once")
                .isEqualTo(2);
    }

    @Test
    void aClockPausedForTheCustomerIsNotABreach() throws Exception {
        // The paused order's deadline (hour 48) has passed on paper, but its clock stopped at hour 2 (SL-5).
        JsonNode networkBilling = row(weekly(), "network", "BILLING");

        assertThat(networkBilling.path("dispatched").asInt()).isEqualTo(2);
        assertThat(networkBilling.path("due").asInt()).as("only the order answered late").isEqualTo(1);
    }

    @Test
    void csvHasChineseHeadersAndNamesWithSubtotalsAndTheTotal() throws Exception {
        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(api.request(
                "/api/reports/weekly?week=" + WEEK + "&format=csv", "manager1", "demo").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv").contains("UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "complaint-report-2030-W40.csv");
        byte[] body = csv.body();
        assertThat(new byte[] {body[0], body[1], body[2]}).as("UTF-8 BOM, for Excel")
                .containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(String.join(",", ReportCsv.HEADERS));
        assertThat(lines.get(0)).startsWith("部门,问题类别,受理工单,派发督办单,退单,回单,按时回单");
        assertThat(lines).contains(
                "计费部,计费账务,3,3,0,2,2,3,1,0,0,0,1,33.3,2,1,1,0,15.0,20.0",
                "计费部,网络质量,1,1,1,0,0,1,0,0,0,0,0,0.0,0,0,0,0,,",
                "计费部,小计,4,4,1,2,2,4,1,0,0,0,1,25.0,2,1,1,0,15.0,20.0",
                "未派单,产品业务,1,0,0,0,0,0,0,0,0,0,0,,0,0,0,0,,");
        // The departments' table ends with the total; the daily audit's failures follow a blank line (CP-8).
        assertThat(lines.get(lines.indexOf("") - 1)).isEqualTo("合计,,7,8,1,4,3,7,3,1,0,1,1,42.9,3,1,1,1,24.0,61.0");
        assertThat(lines.get(lines.indexOf("") + 1)).isEqualTo(String.join(",", ReportCsv.AUDIT_HEADERS));
    }

    // --- helpers ------------------------------------------------------------------------------

    private JsonNode weekly() throws Exception {
        HttpResponse<String> response = api.get("/api/reports/weekly?week=" + WEEK, "manager1");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = ApiClient.JSON.readTree(response.body());
        assertThat(report.path("period").path("label").asText()).isEqualTo(WEEK);
        return report;
    }

    private static JsonNode row(JsonNode report, String department, String category) {
        for (JsonNode row : report.path("rows")) {
            if (row.path("department").isNull() == (department == null)
                    && (department == null || department.equals(row.path("department").asText()))
                    && category.equals(row.path("category").asText())) {
                return row;
            }
        }
        throw new AssertionError("no row " + department + "/" + category + " in " + report.path("rows"));
    }

    private static JsonNode department(JsonNode report, String code) {
        for (JsonNode d : report.path("departments")) {
            if (code.equals(d.path("department").asText())) {
                return d;
            }
        }
        throw new AssertionError("no department " + code);
    }

    private static JsonNode category(JsonNode report, String code) {
        for (JsonNode c : report.path("categories")) {
            if (code.equals(c.path("category").asText())) {
                return c;
            }
        }
        throw new AssertionError("no category " + code);
    }

    private static void assertCounts(JsonNode f, int received, int dispatched, int sentBack, int answered,
            int inTime, int due) {
        assertThat(List.of(f.path("received").asInt(), f.path("dispatched").asInt(), f.path("sentBack").asInt(),
                f.path("answered").asInt(), f.path("answeredInTime").asInt(), f.path("due").asInt()))
                .as("received, dispatched, sent back, answered, in time, due of " + f)
                .containsExactly(received, dispatched, sentBack, answered, inTime, due);
    }

    private static void assertBreaches(JsonNode f, int total, int notEscalated, int level1, int level2, int level3) {
        JsonNode b = f.path("breached");
        assertThat(List.of(b.path("total").asInt(), b.path("notEscalated").asInt(), b.path("level1").asInt(),
                b.path("level2").asInt(), b.path("level3").asInt()))
                .as("breached: total, not escalated, level 1, 2, 3 of " + f)
                .containsExactly(total, notEscalated, level1, level2, level3);
    }

    private static void assertCallbacks(JsonNode f, int satisfied, int unsatisfied, int unreachable) {
        JsonNode c = f.path("callbacks");
        assertThat(List.of(c.path("satisfied").asInt(), c.path("unsatisfied").asInt(), c.path("unreachable").asInt(),
                c.path("total").asInt())).as("callbacks of " + f)
                .containsExactly(satisfied, unsatisfied, unreachable, satisfied + unsatisfied + unreachable);
    }

    private static void assertHours(JsonNode f, Double average, Double p90) {
        JsonNode h = f.path("hoursToAnswer");
        assertThat(h.path("average").isNull() ? null : h.path("average").asDouble()).isEqualTo(average);
        assertThat(h.path("p90").isNull() ? null : h.path("p90").asDouble()).isEqualTo(p90);
    }

    private static void at(long hours) {
        ReportFixture.clockAt(HOUR_0.plus(Duration.ofHours(hours)));
    }
}
