package com.callcentre.workflow.sms;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.sms.SmsTexts.Kind;
import com.callcentre.workflow.system.BusinessClock;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer kept informed (seed 004, issue 16): a ticket's course writes its texts to the
 * outbox in the steps' own transactions (registered, answered, closed), the poller hands them to
 * the gateway with the number read from the ticket, and CP-13: no text names a member of staff,
 * only the owner's staff number. The test profile runs the demo profile's gateway, which keeps
 * what it was given; the scheduled poller is off, the test polls.
 */
@ApplicationTest
class CustomerSmsProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture fixture;
    @Autowired
    SmsOutbox outbox;
    @Autowired
    SmsPoller poller;
    @Autowired
    DemoSmsGateway gateway;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void aTicketsCourseTextsTheCustomerAtRegistrationAnswerAndClosingNamingStaffByNumberOnly() throws Exception {
        String ticketNo = fixture.register("agent1", billingComplaint()).getBusinessKey();

        List<SmsOutbox.Row> queued = outbox.of(ticketNo);
        assertThat(queued).extracting(SmsOutbox.Row::kind, SmsOutbox.Row::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.REGISTERED, SmsOutbox.Status.PENDING));
        Instant deadline = jdbc.sql("select answer_deadline from ticket where ticket_no = ?").param(ticketNo)
                .query(java.time.OffsetDateTime.class).single().toInstant();
        String shanghai = DateTimeFormatter.ofPattern("M月d日 HH:mm").format(deadline.atZone(ZoneId.of("Asia/Shanghai")));
        assertThat(queued.get(0).text()).as("the ticket number, the SL-1 limit in the centre's zone, the owner's staff number")
                .contains(ticketNo, shanghai, "工号agent1").doesNotContain("13800138000", "张三");

        fixture.complete("manager1", fixture.task(ticketNo, "dispatch"), Map.of());
        fixture.complete("billing1", fixture.task(ticketNo, "handleOrder"), Map.of("orderOutcome", "RESOLVED",
                "receipt", "已核实多扣费用，已退还 58 元并致歉", "receiptCause", "核实属实", "receiptMeasures", "已整改"));
        assertThat(outbox.of(ticketNo)).as("a receipt the reviewer may still send back is no answer yet").hasSize(1);
        fixture.complete("handler1", fixture.task(ticketNo, "reviewReceipt"),
                Map.of("receiptAccepted", true, "reviewComment", "处理员内部意见"));
        assertThat(outbox.of(ticketNo)).extracting(SmsOutbox.Row::kind).containsExactly(Kind.REGISTERED, Kind.ANSWERED);
        fixture.complete("agent1", fixture.task(ticketNo, "callback"), Map.of("callbackOutcome", "SATISFIED",
                "problemSolved", true, "callbackNote", "客户满意，内部备注"));

        List<SmsOutbox.Row> texts = outbox.of(ticketNo);
        assertThat(texts).extracting(SmsOutbox.Row::kind).containsExactly(Kind.REGISTERED, Kind.ANSWERED, Kind.CLOSED);
        List<String> staffNames = engine.getIdentityService().createUserQuery().list().stream()
                .map(u -> nonNull(u.getLastName()) + nonNull(u.getFirstName())).filter(n -> !n.isBlank()).toList();
        assertThat(staffNames).as("the demo users have names (王芳, ...)").isNotEmpty();
        for (SmsOutbox.Row text : texts) {
            assertThat(text.text()).as("CP-13: staff by number, never by name; nothing internal")
                    .contains(ticketNo).doesNotContain(staffNames.toArray(String[]::new))
                    .doesNotContain("58 元", "内部", "billing1", "handler1", "manager1");
        }
        assertThat(texts.get(1).text()).contains("工号agent1");

        drain(BusinessClock.now());
        assertThat(outbox.of(ticketNo)).extracting(SmsOutbox.Row::status).containsOnly(SmsOutbox.Status.SENT);
        assertThat(gateway.caught()).filteredOn(c -> c.text().contains(ticketNo))
                .as("sent to the number the ticket keeps, read at sending")
                .extracting(DemoSmsGateway.Caught::to).containsExactly("13800138000", "13800138000", "13800138000");

        HttpResponse<String> page = new ApiClient(port).send(new ApiClient(port)
                .request("/api/demo/sms", "agent1", "demo").setHeader("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("演示短信", ticketNo, "138****8000", "已发送").doesNotContain("13800138000");
        HttpResponse<String> anonymous = new ApiClient(port).send(new ApiClient(port)
                .request("/api/demo/sms", null, null).setHeader("Accept", "text/html"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void overTheEngineRestApiTheTextStillNamesTheOwnersStaffNumberOnly() throws Exception {
        String ticketNo = fixture.register("agent1", billingComplaint()).getBusinessKey();
        fixture.complete("manager1", fixture.task(ticketNo, "dispatch"), Map.of());
        fixture.complete("billing1", fixture.task(ticketNo, "handleOrder"), Map.of("orderOutcome", "RESOLVED",
                "receipt", "已退还", "receiptCause", "核实属实", "receiptMeasures", "已整改"));
        String review = fixture.task(ticketNo, "reviewReceipt").getId();
        ApiClient api = new ApiClient(port);
        assertThat(api.post("/engine-rest/task/" + review + "/claim", "handler1", Map.of("userId", "handler1"))
                .statusCode()).isEqualTo(204);

        // The reviewer tries to put a name where the text's staff number comes from.
        HttpResponse<String> named = api.post("/engine-rest/task/" + review + "/complete", "handler1",
                Map.of("variables", Map.of("receiptAccepted", Map.of("value", true), "reviewComment", Map.of("value", ""),
                        "owner", Map.of("value", "王芳"))));
        assertThat(named.statusCode()).as("the step takes its form's fields only: " + named.body()).isEqualTo(400);
        assertThat(outbox.of(ticketNo)).as("a refused step texts nothing").hasSize(1);
        HttpResponse<String> accepted = api.post("/engine-rest/task/" + review + "/complete", "handler1",
                Map.of("variables", Map.of("receiptAccepted", Map.of("value", true), "reviewComment", Map.of("value", ""))));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        assertThat(outbox.of(ticketNo)).filteredOn(row -> row.kind() == Kind.ANSWERED).singleElement()
                .satisfies(row -> assertThat(row.text()).as("CP-13: the owner's staff number, from the ticket table")
                        .contains("工号agent1").doesNotContain("王芳"));
    }

    @Test
    void aFixedLineGetsNoText() {
        Map<String, Object> fixedLine = new HashMap<>(billingComplaint());
        fixedLine.put("customerPhone", "010-12345678");
        String ticketNo = fixture.register("agent1", fixedLine).getBusinessKey();

        assertThat(outbox.of(ticketNo)).isEmpty();
    }

    @Test
    void aContactSettledAtFirstContactGetsNoText() {
        Map<String, Object> consultation = new HashMap<>(billingComplaint());
        consultation.put("type", "CONSULTATION");
        consultation.put("resolvedAtFirstContact", true);
        ProcessInstance pi = fixture.register("agent1", consultation);

        assertThat(pi.isEnded()).isTrue();
        assertThat(outbox.of(pi.getBusinessKey())).as("answered on the call").isEmpty();
    }

    @Test
    void noTextWhenTheRegistrationRollsBack() {
        String[] ticketNo = new String[1];
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            ticketNo[0] = fixture.register("agent1", billingComplaint()).getBusinessKey();
            assertThat(outbox.of(ticketNo[0])).as("written in the step's transaction").hasSize(1);
            tx.setRollbackOnly();
        });

        assertThat(outbox.of(ticketNo[0])).isEmpty();
        assertThat(jdbc.sql("select count(*) from ticket where ticket_no = ?").param(ticketNo[0]).query(Long.class)
                .single()).isZero();
    }

    private void drain(Instant now) {
        for (int i = 0; i < 100 && poller.deliverDue(now) > 0; i++) {
            // every due row, whoever queued it
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

}
