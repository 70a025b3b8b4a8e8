package com.callcentre.workflow.escalation;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/sla/orders}, the SLA monitor of Cockpit's dashboard (SL-6), on real tickets
 * driven through the engine by moving its clock (SlaFixture: Monday 2030-03-04 09:00 in
 * Shanghai). Ordinary billing complaints: reminder point 36 h (SL-4), resolve limit 48 h,
 * escalation level 2 twelve hours after the breach (SL-3). The board is read at 60 h.
 * <p>
 * Other tests leave orders of their own in the shared database, so rows are picked by ticket
 * number and counts are compared with the board read at the same instant before these tickets.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class SlaMonitorApiTest {

    private static final Duration BOARD_TIME = Duration.ofHours(60);

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture fixture;
    @Autowired
    SlaFixture sla;

    @BeforeEach
    void listeners() {
        api = new ApiClient(port);
        sla.startOnMondayMorning();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void showsOrdersNearAndPastTheirLimitsWithTheirLevelsAndPausedOnesAsPaused() throws Exception {
        SlaFixture.at(BOARD_TIME);
        JsonNode before = board("manager1");

        SlaFixture.at(Duration.ZERO);
        ProcessInstance level2 = dispatched();
        ProcessInstance paused = dispatched();
        ProcessInstance answered = dispatched();
        SlaFixture.at(Duration.ofHours(8).plusMinutes(40));
        ProcessInstance level1 = dispatched();
        SlaFixture.at(Duration.ofHours(10));
        fixture.complete("billing1", fixture.task(answered.getBusinessKey(), "handleOrder"),
                Map.of("orderOutcome", "RESOLVED", "receipt", "已退还多扣的 58 元",
                        "receiptCause", "核实属实", "receiptMeasures", "已整改"));
        SlaFixture.at(Duration.ofHours(20));
        ProcessInstance near = dispatched();
        SlaFixture.at(Duration.ofHours(40));
        fixture.complete("billing1", fixture.task(paused.getBusinessKey(), "handleOrder"),
                Map.of("orderOutcome", "NEED_INFO", "infoRequest", "请客户提供扣费短信截图"));
        SlaFixture.at(Duration.ofHours(48));
        sla.fire(level2, "breachTimer");
        SlaFixture.at(Duration.ofHours(50));
        ProcessInstance notYetNear = dispatched();
        SlaFixture.at(Duration.ofHours(56));
        sla.fire(near, "reminderTimer");
        SlaFixture.at(Duration.ofHours(56).plusMinutes(40));
        sla.fire(level1, "breachTimer");
        SlaFixture.at(BOARD_TIME);
        sla.fire(level2, "level2Timer");

        HttpResponse<String> response = api.get("/api/sla/orders", "manager1");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).as("CP-9: no customer in the answer").doesNotContain("13800138000", "张三");
        JsonNode board = ApiClient.JSON.readTree(response.body());
        assertThat(instant(board.path("generatedAt"))).as("the engine's clock").isEqualTo(at(BOARD_TIME));
        assertThat(board.path("zone").asText()).isEqualTo("Asia/Shanghai");

        JsonNode nearRow = row(board, near).orElseThrow();
        assertThat(nearRow.path("state").asText()).as("SL-4: past the reminder point").isEqualTo("NEAR");
        assertThat(nearRow.path("overdueMinutes").asLong()).isZero();
        assertThat(nearRow.path("remainingMinutes").asLong()).isEqualTo(8 * 60);
        assertThat(nearRow.path("clockText").asText()).isEqualTo("剩余 8小时");
        assertThat(nearRow.path("escalationLevel").asInt()).isZero();
        assertThat(nearRow.path("acknowledged").asBoolean()).isFalse();
        assertThat(nearRow.path("processInstanceId").asText()).isEqualTo(near.getId());
        assertThat(nearRow.path("department").asText()).isEqualTo("billing");
        assertThat(nearRow.path("departmentName").asText()).isEqualTo("计费部");
        assertThat(nearRow.path("category").asText()).isEqualTo("BILLING");
        assertThat(nearRow.path("vipLevel").asText()).isEqualTo("NONE");
        assertThat(nearRow.path("categoryName").asText()).as("names come with the codes").isEqualTo("计费账务");
        assertThat(nearRow.path("vipLevelName").asText()).isEqualTo("普通客户");
        assertThat(nearRow.path("round").asInt()).isEqualTo(1);
        assertThat(instant(nearRow.path("openedAt"))).isEqualTo(at(Duration.ofHours(20)));
        assertThat(instant(nearRow.path("reminderAt"))).isEqualTo(at(Duration.ofHours(56)));
        assertThat(instant(nearRow.path("resolveDeadline"))).isEqualTo(at(Duration.ofHours(68)));
        assertThat(nearRow.path("resolveDeadline").asText()).as("in the business zone").endsWith("+08:00");

        JsonNode level1Row = row(board, level1).orElseThrow();
        assertThat(level1Row.path("state").asText()).isEqualTo("BREACHED");
        assertThat(level1Row.path("overdueMinutes").asLong()).isEqualTo(3 * 60 + 20);
        assertThat(level1Row.path("clockText").asText()).isEqualTo("超时 3小时20分");
        assertThat(level1Row.path("escalationLevel").asInt()).as("SL-3: the duty leader").isEqualTo(1);

        JsonNode level2Row = row(board, level2).orElseThrow();
        assertThat(level2Row.path("state").asText()).isEqualTo("BREACHED");
        assertThat(level2Row.path("overdueMinutes").asLong()).isEqualTo(12 * 60);
        assertThat(level2Row.path("clockText").asText()).isEqualTo("超时 12小时");
        assertThat(level2Row.path("escalationLevel").asInt()).as("SL-3: the cs-director").isEqualTo(2);

        JsonNode pausedRow = row(board, paused).orElseThrow();
        assertThat(pausedRow.path("state").asText())
                .as("SL-5: 48 h have passed on the wall clock, but its clock stopped at 40 h").isEqualTo("PAUSED");
        assertThat(pausedRow.path("paused").asBoolean()).isTrue();
        assertThat(instant(pausedRow.path("pausedSince"))).isEqualTo(at(Duration.ofHours(40)));
        assertThat(pausedRow.path("overdueMinutes").asLong()).isZero();
        assertThat(pausedRow.path("remainingMinutes").asLong()).as("left when it stopped").isEqualTo(8 * 60);
        assertThat(pausedRow.path("clockText").asText()).isEqualTo("暂停中（已等待客户 20小时，暂停时剩余 8小时）");
        assertThat(pausedRow.path("acknowledged").asBoolean()).as("billing1 claimed it to answer").isTrue();
        assertThat(pausedRow.path("acknowledgedBy").asText()).isEqualTo("billing1");

        assertThat(row(board, answered)).as("answered: no longer on the board").isEmpty();
        assertThat(row(board, notYetNear)).as("its reminder point is at 86 h").isEmpty();

        assertThat(ticketNumbers(board)).as("most urgent first: most overdue, then least time left, then paused")
                .containsSubsequence(level2.getBusinessKey(), level1.getBusinessKey(), near.getBusinessKey(),
                        paused.getBusinessKey());

        JsonNode summary = board.path("summary");
        JsonNode earlier = before.path("summary");
        assertThat(summary.path("breached").asInt() - earlier.path("breached").asInt()).isEqualTo(2);
        assertThat(summary.path("near").asInt() - earlier.path("near").asInt()).isEqualTo(1);
        assertThat(summary.path("paused").asInt() - earlier.path("paused").asInt()).isEqualTo(1);
        assertThat(summary.path("breached").asInt()).as("the counts are those of the rows")
                .isEqualTo(count(board, "BREACHED"));
        assertThat(summary.path("near").asInt()).isEqualTo(count(board, "NEAR"));
        assertThat(summary.path("paused").asInt()).isEqualTo(count(board, "PAUSED"));

        JsonNode billing = department(summary, "billing");
        JsonNode billingBefore = department(earlier, "billing");
        assertThat(billing.path("departmentName").asText()).isEqualTo("计费部");
        assertThat(billing.path("breached").asInt() - billingBefore.path("breached").asInt()).isEqualTo(2);
        assertThat(billing.path("near").asInt() - billingBefore.path("near").asInt()).isEqualTo(1);
        assertThat(billing.path("paused").asInt() - billingBefore.path("paused").asInt()).isEqualTo(1);
        assertThat(summary.path("byDepartment")).as("every configured department, for the chart").hasSize(5);

        JsonNode levels = summary.path("byEscalationLevel");
        assertThat(levels).extracting(l -> l.path("levelName").asText())
                .containsExactly("未升级", "第1级 值班长", "第2级 客服部主任", "第3级 客服中心主任");
        assertThat(levelCount(levels, 0) - levelCount(earlier.path("byEscalationLevel"), 0)).isEqualTo(2);
        assertThat(levelCount(levels, 1) - levelCount(earlier.path("byEscalationLevel"), 1)).isEqualTo(1);
        assertThat(levelCount(levels, 2) - levelCount(earlier.path("byEscalationLevel"), 2)).isEqualTo(1);
        assertThat(levelCount(levels, 3) - levelCount(earlier.path("byEscalationLevel"), 3)).isZero();
    }

    @Test
    void anOrderPausedAfterItsBreachStaysPausedWithTheTimeItWasOverdue() throws Exception {
        ProcessInstance pi = dispatched();
        SlaFixture.at(Duration.ofHours(48));
        sla.fire(pi, "breachTimer");
        SlaFixture.at(Duration.ofHours(50));
        fixture.complete("billing1", fixture.task(pi.getBusinessKey(), "handleOrder"),
                Map.of("orderOutcome", "NEED_INFO", "infoRequest", "请客户确认账号"));
        SlaFixture.at(Duration.ofHours(75));

        JsonNode row = row(board("leader1"), pi).orElseThrow();
        assertThat(row.path("state").asText()).isEqualTo("PAUSED");
        assertThat(row.path("overdueMinutes").asLong()).as("frozen at the pause").isEqualTo(2 * 60);
        assertThat(row.path("escalationLevel").asInt()).isEqualTo(1);
        assertThat(row.path("clockText").asText()).isEqualTo("暂停中（已等待客户 1天1小时，暂停时已超时 2小时）");
    }

    @Test
    void sl1OpenTicketsWhoseCustomerIsNotAnsweredInTimeAreListedMostOverdueFirst() throws Exception {
        SlaFixture.at(BOARD_TIME);
        JsonNode before = board("manager1");

        SlaFixture.at(Duration.ZERO);
        ProcessInstance escalated = dispatched();     // answer due at 48 h, escalated to level 1
        ProcessInstance pausedBefore = dispatched();  // the centre waits for the customer from 40 h
        ProcessInstance answered = dispatched();      // the callback reaches the customer at 12 h
        SlaFixture.at(Duration.ofHours(5));
        ProcessInstance notEscalated = dispatched();  // due at 53 h, its breach timer not run yet
        SlaFixture.at(Duration.ofHours(10));
        fixture.complete("billing1", fixture.task(answered.getBusinessKey(), "handleOrder"),
                Map.of("orderOutcome", "RESOLVED", "receipt", "已退还多扣的 58 元",
                        "receiptCause", "核实属实", "receiptMeasures", "已整改"));
        SlaFixture.at(Duration.ofHours(11));
        fixture.complete("handler1", fixture.task(answered.getBusinessKey(), "reviewReceipt"),
                Map.of("receiptAccepted", true));
        SlaFixture.at(Duration.ofHours(12));
        fixture.complete("agent1", fixture.task(answered.getBusinessKey(), "callback"),
                Map.of("callbackOutcome", "SATISFIED", "problemSolved", true));
        SlaFixture.at(Duration.ofHours(20));
        ProcessInstance notYetDue = dispatched();     // due at 68 h
        SlaFixture.at(Duration.ofHours(40));
        fixture.complete("billing1", fixture.task(pausedBefore.getBusinessKey(), "handleOrder"),
                Map.of("orderOutcome", "NEED_INFO", "infoRequest", "请客户提供扣费短信截图"));
        SlaFixture.at(Duration.ofHours(36));
        sla.fire(escalated, "answerReminderTimer");
        SlaFixture.at(Duration.ofHours(48));
        sla.fire(escalated, "answerBreachTimer");
        SlaFixture.at(BOARD_TIME);

        JsonNode board = board("manager1");
        List<String> late = new ArrayList<>();
        board.path("answers").forEach(a -> late.add(a.path("ticketNo").asText()));
        assertThat(late).as("most overdue first").containsSubsequence(escalated.getBusinessKey(),
                notEscalated.getBusinessKey());
        assertThat(late).as("answered; paused before its deadline (SL-5); not yet due").doesNotContain(
                answered.getBusinessKey(), pausedBefore.getBusinessKey(), notYetDue.getBusinessKey());

        JsonNode first = answer(board, escalated);
        assertThat(instant(first.path("answerDeadline"))).isEqualTo(at(Duration.ofHours(48)));
        assertThat(first.path("answerDeadline").asText()).as("in the business zone").endsWith("+08:00");
        assertThat(first.path("level").asInt()).as("SL-3: answer_level, the duty leader").isEqualTo(1);
        assertThat(first.path("overdueMinutes").asLong()).isEqualTo(12 * 60);
        assertThat(first.path("clockText").asText()).isEqualTo("超时 12小时");
        assertThat(first.path("owner").asText()).isEqualTo("agent1");
        assertThat(first.path("categoryName").asText()).isEqualTo("计费账务");
        assertThat(first.path("processInstanceId").asText()).isEqualTo(escalated.getId());
        JsonNode second = answer(board, notEscalated);
        assertThat(second.path("level").asInt()).isZero();
        assertThat(second.path("overdueMinutes").asLong()).isEqualTo(7 * 60);
        assertThat(board.path("answers").toString()).as("CP-9").doesNotContain("13800138000", "张三");

        assertThat(board.path("summary").path("answersBreached").asInt())
                .isEqualTo(before.path("summary").path("answersBreached").asInt() + 2)
                .isEqualTo(board.path("answers").size());
    }

    private static JsonNode answer(JsonNode board, ProcessInstance pi) {
        return StreamSupport.stream(board.path("answers").spliterator(), false)
                .filter(a -> a.path("ticketNo").asText().equals(pi.getBusinessKey())).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager1", "leader1", "inspector1", "director1", "centerdirector1"})
    void thoseWhoWatchComplaintsInCockpitMayReadTheBoard(String user) throws Exception {
        assertThat(api.get("/api/sla/orders", user).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent1", "billing1", "handler1"})
    void othersAreRefusedInChinese(String user) throws Exception {
        HttpResponse<String> response = api.get("/api/sla/orders", user);

        assertThat(response.statusCode()).isEqualTo(403);
        JsonNode error = ApiClient.JSON.readTree(response.body());
        assertThat(error.path("status").asInt()).isEqualTo(403);
        assertThat(error.path("message").asText()).startsWith("无权查看时限监控");
    }

    @Test
    void nobodyAnonymous() throws Exception {
        assertThat(api.get("/api/sla/orders", null).statusCode()).isEqualTo(401);
    }

    // --- helpers ------------------------------------------------------------------------------

    /** An ordinary billing complaint, registered and dispatched to billing now. */
    private ProcessInstance dispatched() {
        ProcessInstance pi = fixture.register("agent1", with(billingComplaint(), "vipLevel", "NONE"));
        sla.dispatch(pi, "billing");
        return pi;
    }

    @Test
    void showsTheCentresOwnLateStepsBesideTheOrders() throws Exception {
        SlaFixture.at(Duration.ofHours(3));
        JsonNode before = board("leader1");

        SlaFixture.at(Duration.ZERO);
        ProcessInstance undispatched = fixture.register("agent1", ComplaintFixture.billingComplaint());
        ProcessInstance dispatchedInTime = fixture.register("agent1", ComplaintFixture.billingComplaint());
        sla.dispatch(dispatchedInTime, "billing");
        SlaFixture.at(Duration.ofHours(3));
        JsonNode board = board("leader1");

        JsonNode late = StreamSupport.stream(board.path("centreSteps").spliterator(), false)
                .filter(step -> step.path("ticketNo").asText().equals(undispatched.getBusinessKey()))
                .findFirst().orElseThrow();
        assertThat(late.path("step").asText()).isEqualTo("dispatch");
        assertThat(late.path("stepName").asText()).isEqualTo("派发督办单");
        assertThat(late.path("overdueMinutes").asLong()).as("due at 11:00, read at 12:00").isEqualTo(60);
        assertThat(late.path("clockText").asText()).startsWith("超时");
        assertThat(board.path("centreSteps").toString()).doesNotContain(dispatchedInTime.getBusinessKey());
        assertThat(board.path("summary").path("centreBreached").asInt())
                .isEqualTo(before.path("summary").path("centreBreached").asInt() + 1);

        long reportedBefore = lateDispatches();
        sla.fire(undispatched, "dispatch");
        assertThat(lateDispatches()).as("the week's report counts the late dispatch (SL-6)").isEqualTo(reportedBefore + 1);
    }

    /** The late dispatches of the week of Monday 2030-03-04 in the weekly report. */
    private long lateDispatches() throws Exception {
        HttpResponse<String> response = api.get("/api/reports/weekly?week=2030-W10", "manager1");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode steps = ApiClient.JSON.readTree(response.body()).path("centreSteps");
        assertThat(steps.size()).as("every centre step, also at 0").isEqualTo(CentreStep.values().length);
        return StreamSupport.stream(steps.spliterator(), false).filter(s -> s.path("step").asText().equals("dispatch"))
                .findFirst().orElseThrow().path("breached").asLong();
    }

    private JsonNode board(String user) throws Exception {
        HttpResponse<String> response = api.get("/api/sla/orders", user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.JSON.readTree(response.body());
    }

    private static Optional<JsonNode> row(JsonNode board, ProcessInstance pi) {
        return StreamSupport.stream(board.path("orders").spliterator(), false)
                .filter(o -> o.path("ticketNo").asText().equals(pi.getBusinessKey())).findFirst();
    }

    private static List<String> ticketNumbers(JsonNode board) {
        List<String> numbers = new ArrayList<>();
        board.path("orders").forEach(o -> numbers.add(o.path("ticketNo").asText()));
        return numbers;
    }

    private static int count(JsonNode board, String state) {
        return (int) StreamSupport.stream(board.path("orders").spliterator(), false)
                .filter(o -> o.path("state").asText().equals(state)).count();
    }

    private static JsonNode department(JsonNode summary, String code) {
        return StreamSupport.stream(summary.path("byDepartment").spliterator(), false)
                .filter(d -> d.path("department").asText().equals(code)).findFirst().orElseThrow();
    }

    private static int levelCount(JsonNode levels, int level) {
        return StreamSupport.stream(levels.spliterator(), false).filter(l -> l.path("level").asInt() == level)
                .findFirst().orElseThrow().path("count").asInt();
    }

    private static Instant instant(JsonNode time) {
        return OffsetDateTime.parse(time.asText()).toInstant();
    }

    private static Instant at(Duration sinceMonday) {
        return SlaFixture.MONDAY_9.plus(sinceMonday);
    }
}
