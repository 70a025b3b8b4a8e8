package com.callcentre.workflow.complaint;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.escalation.SlaFixture;
import com.callcentre.workflow.notification.TestSmtp;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/complaints/by-instance/{processInstanceId}/history}, the Cockpit tab 工单轨迹
 * (CP-8): a billing complaint dispatched, reminded, breached and escalated, paused for the
 * customer and resumed, with its e-mail sent to a real SMTP server; then its history as one
 * list in time order.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class TicketHistoryApiTest {

    @RegisterExtension
    static final GreenMailExtension smtp = TestSmtp.server();

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
    void mergesStepsDecisionsRemindersEscalationsPausesAndMailInTimeOrder() throws Exception {
        SlaFixture.at(Duration.ofMinutes(-10));
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        SlaFixture.at(Duration.ZERO);
        sla.dispatch(pi, "billing");
        sla.sendMail(pi);
        SlaFixture.at(Duration.ofHours(36));
        sla.fire(pi, "reminderTimer");
        SlaFixture.at(Duration.ofHours(48));
        sla.fire(pi, "breachTimer");
        sla.sendMail(pi);
        SlaFixture.at(Duration.ofHours(50));
        fixture.complete("billing1", fixture.task(pi.getBusinessKey(), "handleOrder"),
                Map.of("orderOutcome", "NEED_INFO", "infoRequest", "请客户提供扣费短信截图"));
        SlaFixture.at(Duration.ofHours(52));
        fixture.complete("agent1", fixture.task(pi.getBusinessKey(), "requestCustomerInfo"),
                Map.of("customerInfo", "客户已发来截图"));

        HttpResponse<String> response = api.get(path(pi), "manager1");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).as("CP-9: neither the customer's name nor phone")
                .doesNotContain("13800138000", "张三");
        JsonNode history = ApiClient.JSON.readTree(response.body());
        assertThat(history.path("ticketNo").asText()).isEqualTo(pi.getBusinessKey());
        assertThat(history.path("processInstanceId").asText()).isEqualTo(pi.getId());
        assertThat(history.path("status").asText()).isEqualTo("AT_DEPARTMENTS");
        assertThat(history.path("categoryName").asText()).as("names come with the codes (Cockpit keeps no table)")
                .isEqualTo("计费账务");
        assertThat(history.path("vipLevelName").asText()).isEqualTo("普通客户");
        assertThat(history.path("owner").asText()).isEqualTo("agent1");
        assertThat(history.path("zone").asText()).isEqualTo("Asia/Shanghai");
        List<JsonNode> entries = new ArrayList<>();
        history.path("entries").forEach(entries::add);

        assertThat(entries).extracting(e -> instant(e.path("at"))).as("in time order").isSorted();
        assertThat(entries).extracting(e -> e.path("at").asText()).allMatch(at -> at.endsWith("+08:00"));
        JsonNode registered = entries.get(0);
        assertThat(registered.path("kind").asText()).isEqualTo("STEP");
        assertThat(registered.path("kindName").asText()).isEqualTo("步骤");
        assertThat(registered.path("step").asText()).isEqualTo("registerTicket");
        assertThat(registered.path("title").asText()).isEqualTo("登记工单");
        assertThat(registered.path("actor").asText()).isEqualTo("agent1");

        JsonNode limits = only(entries, "DECISION", "complaint-sla");
        assertThat(limits.path("title").asText()).isEqualTo("投诉处理时限");
        assertThat(limits.path("detail").asText()).isEqualTo("受理时限 4小时；处理时限 48小时；答复客户时限 48小时；"
                + "派单时限 2小时；审核回单时限 8小时；回访时限 24小时；联系客户补充信息时限 8小时；值班长接手时限 8小时");
        assertThat(only(entries, "DECISION", "complaint-routing").path("detail").asText()).isEqualTo("派单部门 计费部");

        JsonNode dispatched = only(entries, "STEP", "dispatch");
        assertThat(dispatched.path("actor").asText()).isEqualTo("manager1");
        assertThat(dispatched.path("detail").asText()).as("department names, not the form's codes").isEqualTo("派往 计费部");
        JsonNode dispatchMail = only(entries, "MAIL", "DISPATCH");
        assertThat(dispatchMail.path("title").asText()).isEqualTo("派单通知");
        assertThat(dispatchMail.path("outcome").asText()).isEqualTo("SENT");
        assertThat(dispatchMail.path("outcomeName").asText()).as("the name comes with the code").isEqualTo("已发送");
        assertThat(dispatchMail.path("mail").path("recipient").asText()).isEqualTo("billing@departments.example");
        assertThat(dispatchMail.path("mail").path("status").asText()).isEqualTo("SENT");
        assertThat(dispatchMail.path("mail").path("order").asText()).isEqualTo("计费部 第1轮");
        assertThat(instant(dispatchMail.path("mail").path("sentAt"))).isEqualTo(SlaFixture.MONDAY_9);
        assertThat(dispatchMail.path("detail").asText()).contains("billing@departments.example", "已发送", pi.getBusinessKey());
        assertThat(entries).as("the duty leader on duty is told of the breach")
                .anySatisfy(e -> {
                    assertThat(e.path("kind").asText()).isEqualTo("MAIL");
                    assertThat(e.path("mail").path("recipient").asText()).isEqualTo("leader1@callcentre.example");
                    assertThat(instant(e.path("at"))).isEqualTo(SlaFixture.MONDAY_9.plus(Duration.ofHours(48)));
                });

        JsonNode reminder = only(entries, "REMINDER", "reminder");
        assertThat(instant(reminder.path("at"))).isEqualTo(SlaFixture.MONDAY_9.plus(Duration.ofHours(36)));
        JsonNode escalation = only(entries, "ESCALATION", "escalateLevel1");
        assertThat(escalation.path("outcome").asText()).isEqualTo("LEVEL_1");
        assertThat(escalation.path("outcomeName").asText()).isEqualTo("第1级");
        assertThat(escalation.path("kindName").asText()).isEqualTo("升级督办");
        JsonNode pause = only(entries, "PAUSE", "pauseClock");
        assertThat(pause.path("detail").asText()).contains("请客户提供扣费短信截图");
        JsonNode resume = only(entries, "RESUME", "resumeClock");
        assertThat(instant(resume.path("at"))).isEqualTo(SlaFixture.MONDAY_9.plus(Duration.ofHours(52)));

        assertThat(entries).extracting(e -> e.path("step").asText()).containsSubsequence("registerTicket",
                "complaint-sla", "complaint-routing", "dispatch", "DISPATCH", "reminder", "escalateLevel1",
                "handleOrder", "pauseClock", "requestCustomerInfo", "resumeClock");
        assertThat(entries).filteredOn(e -> !e.path("kind").asText().equals("MAIL"))
                .allSatisfy(e -> assertThat(e.has("mail")).as("only e-mail entries carry the outbox row").isFalse());
    }

    @Test
    void aRedispatchedTicketShowsEachRoutingDecision() throws Exception {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        sla.dispatch(pi, "billing");
        fixture.complete("billing1", fixture.task(pi.getBusinessKey(), "handleOrder"),
                Map.of("orderOutcome", "SENT_BACK", "sendBackReason", "属网络问题"));

        JsonNode history = ApiClient.JSON.readTree(api.get(path(pi), "inspector1").body());

        assertThat(StreamSupport.stream(history.path("entries").spliterator(), false)
                .filter(e -> e.path("step").asText().equals("complaint-routing"))).hasSize(2);
    }

    @Test
    void unknownInstanceIsNotFound() throws Exception {
        HttpResponse<String> response = api.get("/api/complaints/by-instance/no-such-instance/history", "manager1");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiClient.JSON.readTree(response.body()).path("message").asText()).contains("no-such-instance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"billing1", "network1"})
    void departmentsMayNotReadTicketHistory(String user) throws Exception {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());

        HttpResponse<String> response = api.get(path(pi), user);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(ApiClient.JSON.readTree(response.body()).path("message").asText()).isEqualTo("无权查看工单轨迹");
    }

    @Test
    void cp9AnAgentWithAnotherAgentsInstanceIdStillDoesNotReadItsTrail() throws Exception {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());

        HttpResponse<String> own = api.get(path(pi), "agent1");
        HttpResponse<String> other = api.get(path(pi), "agent2");

        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(other.statusCode()).as(other.body()).isEqualTo(403);
        assertThat(ApiClient.JSON.readTree(other.body()).path("message").asText()).contains("CP-9")
                .doesNotContain(pi.getBusinessKey());
    }

    @Test
    void nobodyAnonymous() throws Exception {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());

        assertThat(api.get(path(pi), null).statusCode()).isEqualTo(401);
    }

    private static String path(ProcessInstance pi) {
        return "/api/complaints/by-instance/" + pi.getId() + "/history";
    }

    /** The one entry of this kind and step (decision key, e-mail event). */
    private static JsonNode only(List<JsonNode> entries, String kind, String step) {
        List<JsonNode> found = entries.stream().filter(e -> e.path("kind").asText().equals(kind)
                && e.path("step").asText().equals(step)).toList();
        assertThat(found).as(kind + " " + step).hasSize(1);
        return found.get(0);
    }

    private static Instant instant(JsonNode time) {
        return OffsetDateTime.parse(time.asText()).toInstant();
    }
}
