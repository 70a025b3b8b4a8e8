package com.callcentre.workflow.notification;

import static com.callcentre.workflow.notification.NotificationFixture.BILLING;
import static com.callcentre.workflow.notification.NotificationFixture.newTicketNo;
import static com.callcentre.workflow.notification.NotificationFixture.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.notification.TestSmtp.Received;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The e-mail step in the running application: the real engine runs its job, the real
 * identity service gives the addresses, the real database holds the outbox, and a real SMTP
 * server (GreenMail) receives. Who gets what, CP-9 in what arrives, and at most once.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class SendNotificationTest {

    @RegisterExtension
    static final GreenMailExtension smtp = TestSmtp.server();

    /** 2026-11-22 14:30 in Shanghai. */
    static final Date DEADLINE = Date.from(Instant.parse("2026-11-22T06:30:00Z"));

    @Autowired
    ProcessEngine engine;
    @Autowired
    NotificationFixture fixture;
    @Autowired
    MailDelivery mailDelivery;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void deployWithoutCoverage() {
        fixture.deploy();
    }

    @AfterEach
    void undeploy() {
        ClockUtil.reset();
        fixture.undeploy();
    }

    @Test
    void dispatchGoesToTheDepartmentsMailboxWithItsOwnOrdersFactsAndTheTaskLink() {
        String ticketNo = newTicketNo();
        Map<String, Object> variables = ticket("DISPATCH");
        variables.put("linkTask", "task-42");
        variables.put("due", DEADLINE);
        variables.put("dispatchRound", 2);
        ProcessInstance instance = fixture.start(ticketNo, variables);

        fixture.run(instance);

        List<Received> mail = TestSmtp.received(smtp);
        assertThat(mail).extracting(Received::to).containsExactly(BILLING);
        Received dispatch = mail.get(0);
        assertThat(dispatch.subject()).contains(ticketNo, "计费账务", "计费部");
        for (String body : List.of(dispatch.text(), dispatch.html())) {
            assertThat(body).contains(ticketNo, "计费账务", "计费部", "第 2 次派单", "2026年11月22日 14:30", "回单",
                    "http://localhost:8080/camunda/app/tasklist/default/#/?task=task-42", "138****8000");
        }
        assertThat(dispatch.all()).doesNotContain("13800138000", "欧阳小明", "欧阳", "网络维护部", "业务支撑部", "售后服务部",
                "大客户经理部");
        assertThat(fixture.status(ticketNo, "billing#2", "DISPATCH", BILLING)).isEqualTo(MailOutbox.Status.SENT);
        assertThat(fixture.ended(instance)).isTrue();
    }

    @Test
    void reminderGoesToTheDepartmentAndTheFirstContactOwner() {
        ProcessInstance instance = fixture.start(newTicketNo(), ticket("REMINDER"));

        fixture.run(instance);

        List<Received> mail = TestSmtp.received(smtp);
        assertThat(mail).extracting(Received::to)
                .containsExactlyInAnyOrder(BILLING, emailOf("agent1"));
        assertThat(mail).allSatisfy(m -> assertThat(m.text()).contains("回单时限将到"));
        assertThat(mail).filteredOn(m -> m.to().equals(emailOf("agent1")))
                .allSatisfy(m -> assertThat(m.text()).contains("您首问负责的工单", "计费部"));
    }

    @Test
    void breachGoesToTheDutyLeadersTheDepartmentAndTheOwner() {
        ProcessInstance instance = fixture.start(newTicketNo(), ticket("BREACH"));

        fixture.run(instance);

        List<Received> mail = TestSmtp.received(smtp);
        assertThat(mail).extracting(Received::to).containsExactlyInAnyOrderElementsOf(
                concat(emailsOf("duty-leader"), BILLING, emailOf("agent1")));
        assertThat(emailsOf("duty-leader")).contains(emailOf("leader1"), emailOf("leader2"));
        assertThat(mail).filteredOn(m -> m.to().equals(emailOf("agent1")))
                .allSatisfy(m -> assertThat(m.text()).as("CP-2").contains("您首问负责的工单"));
        assertThat(mail).filteredOn(m -> !m.to().equals(BILLING) && !m.to().equals(emailOf("agent1")))
                .allSatisfy(m -> assertThat(m.text()).contains("请督办", "计费部"));
    }

    @Test
    void escalationGoesToTheGroupOfItsLevel() {
        Map<String, Object> level2 = ticket("ESCALATION");
        level2.put("level", 2);
        Map<String, Object> level3 = ticket("ESCALATION");
        level3.put("level", 3);
        ProcessInstance second = fixture.start(newTicketNo(), level2);
        ProcessInstance third = fixture.start(newTicketNo(), level3);

        fixture.run(second);
        assertThat(TestSmtp.received(smtp)).extracting(Received::to).containsExactlyInAnyOrderElementsOf(emailsOf("cs-director"));
        assertThat(TestSmtp.received(smtp).get(0).text()).contains("第 2 级", "客服部主任");
        fixture.run(third);

        assertThat(TestSmtp.received(smtp)).extracting(Received::to).containsExactlyInAnyOrderElementsOf(
                concat(emailsOf("cs-director"), emailsOf("center-director").toArray(String[]::new)));
        assertThat(emailsOf("center-director")).contains(emailOf("centerdirector1"));
    }

    @Test
    void aMajorComplaintsBreachGoesStraightToTheDirectorAndTheDutyLeadersAreToldAfterwardsOnce() {
        // The model may bring the notice with the breach, the escalation or both: it comes once.
        String ticketNo = newTicketNo();
        Map<String, Object> breach = ticket("BREACH");
        breach.put("major", true);
        Map<String, Object> escalation = ticket("ESCALATION");
        escalation.put("level", 2);
        escalation.put("major", true);
        ProcessInstance told = fixture.start(ticketNo, breach);
        ProcessInstance escalated = fixture.start(ticketNo, escalation);

        fixture.run(told);
        fixture.run(escalated);

        List<Received> mail = TestSmtp.received(smtp);
        assertThat(mail).extracting(Received::to).containsExactlyInAnyOrderElementsOf(
                concat(emailsOf("cs-director"), concat(emailsOf("duty-leader"), BILLING, emailOf("agent1"))
                        .toArray(String[]::new)));
        assertThat(mail).filteredOn(m -> emailsOf("duty-leader").contains(m.to()))
                .allSatisfy(m -> assertThat(m.text()).contains("越级直接上报第 2 级（客服部主任）", "事后告知")
                        .doesNotContain("请督办"));
        assertThat(mail).filteredOn(m -> emailsOf("cs-director").contains(m.to()))
                .allSatisfy(m -> assertThat(m.text()).contains("请督办并作出指示", "重大投诉：是"));
        assertThat(fixture.status(ticketNo, "billing#1", "SKIP-NOTICE", emailOf("leader1")))
                .isEqualTo(MailOutbox.Status.SENT);
    }

    @Test
    void withoutATaskFromTheModelEachLinkOpensTheOpenTaskOfTheRecipientsGroupForThisOrder() {
        Map<String, Object> variables = ticket("BREACH");
        variables.put("orderDepartments", List.of("billing", "network"));
        ProcessInstance instance = fixture.startWithOrders(newTicketNo(), variables);

        fixture.runAll(instance);

        List<Received> mail = TestSmtp.received(smtp);
        assertThat(link(mail, BILLING, "计费部")).isEqualTo(fixture.taskOf(instance, "handleOrder", "billing"));
        assertThat(link(mail, "network@departments.example", "网络维护部"))
                .isEqualTo(fixture.taskOf(instance, "handleOrder", "network"));
        assertThat(link(mail, emailOf("leader1"), "计费部"))
                .isEqualTo(fixture.taskOf(instance, "superviseOrder", "billing"));
        assertThat(link(mail, emailOf("leader1"), "网络维护部"))
                .isEqualTo(fixture.taskOf(instance, "superviseOrder", "network"));
    }

    @Test
    void theOwnerIsNoCandidateOfTheOrderSoTheirLinkOpensTheirTaskList() {
        Map<String, Object> variables = ticket("REMINDER");
        variables.put("orderDepartments", List.of("billing"));
        ProcessInstance instance = fixture.startWithOrders(newTicketNo(), variables);

        fixture.runAll(instance);

        assertThat(TestSmtp.received(smtp)).filteredOn(m -> m.to().equals(emailOf("agent1"))).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("http://localhost:8080/camunda/app/tasklist/default/\n")
                        .doesNotContain("#/?task="));
        assertThat(link(TestSmtp.received(smtp), BILLING, "计费部"))
                .isEqualTo(fixture.taskOf(instance, "handleOrder", "billing"));
    }

    /** The task id the Tasklist link of the one message to this address about this department opens. */
    private static String link(List<Received> mail, String to, String department) {
        Received message = mail.stream().filter(m -> m.to().equals(to) && m.subject().contains(department))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one message to " + to + " about " + department);
                }).orElseThrow(() -> new AssertionError("no message to " + to + " about " + department + " in " + mail));
        Matcher task = Pattern.compile("#/\\?task=([\\w-]+)").matcher(message.text());
        assertThat(task.find()).as("task link in %s", message.text()).isTrue();
        return task.group(1);
    }

    @Test
    void theSameNotificationTwiceSendsOneMessage() {
        // The same notice from two executions: what a second node or a repeated trigger does.
        String ticketNo = newTicketNo();
        ProcessInstance first = fixture.start(ticketNo, ticket("DISPATCH"));
        ProcessInstance second = fixture.start(ticketNo, ticket("DISPATCH"));

        fixture.run(first);
        fixture.run(second);

        assertThat(TestSmtp.received(smtp)).hasSize(1);
        assertThat(fixture.ended(first)).isTrue();
        assertThat(fixture.ended(second)).isTrue();
    }

    @Test
    void aStepRolledBackQueuesNothingAndADeliveryRunAgainSendsNothingMore() {
        String ticketNo = newTicketNo();
        fixture.failAfterSendOnce();

        assertThatThrownBy(() -> fixture.start(ticketNo, ticket("DISPATCH")))
                .hasMessageContaining("fails after the mail went out");
        assertThat(fixture.status(ticketNo, "billing#1", "DISPATCH", BILLING)).as("queued with the step, or not at all")
                .isNull();

        ProcessInstance instance = fixture.start(ticketNo, ticket("DISPATCH"));
        Job delivery = fixture.job(instance);
        long outboxId = (Long) engine.getRuntimeService().getVariable(delivery.getProcessInstanceId(), "outboxId");
        fixture.run(instance);
        // What a rolled-back delivery job's retry, or a second node, would do: deliver the row again.
        mailDelivery.start(new MailOutbox.Key(ticketNo, "billing#1", "DISPATCH", BILLING), outboxId, "again");
        fixture.run(instance);

        assertThat(TestSmtp.received(smtp)).hasSize(1);
        assertThat(fixture.status(ticketNo, "billing#1", "DISPATCH", BILLING)).isEqualTo(MailOutbox.Status.SENT);
        assertThat(fixture.ended(instance)).isTrue();
    }

    @Test
    void aMessageWhoseDeliveryStoppedMidSendIsTakenOverByItsOwnJobAfterTheLockTimeNotBeforeNorByAnother() {
        // Another delivery of the same message (a repeated trigger) holds it: left alone.
        String held = newTicketNo();
        ProcessInstance heldNow = fixture.start(held, ticket("DISPATCH"));
        sending(held, "another-delivery", Duration.ofMinutes(2));
        fixture.run(heldNow);
        assertThat(TestSmtp.received(smtp)).as("another delivery holds it").isEmpty();
        assertThat(fixture.status(held, "billing#1", "DISPATCH", BILLING)).isEqualTo(MailOutbox.Status.SENDING);

        // Its own delivery's earlier run, still within the lock time: another run of the job at once.
        String running = newTicketNo();
        ProcessInstance stillRunning = fixture.start(running, ticket("DISPATCH"));
        sending(running, fixture.job(stillRunning).getProcessInstanceId(), Duration.ofSeconds(5));
        fixture.run(stillRunning);
        assertThat(TestSmtp.received(smtp)).as("its earlier run may still be sending").isEmpty();

        // Its own delivery's earlier run stopped mid-send (a node killed), the lock (60 s) long expired.
        String stopped = newTicketNo();
        ProcessInstance takenOver = fixture.start(stopped, ticket("DISPATCH"));
        sending(stopped, fixture.job(takenOver).getProcessInstanceId(), Duration.ofMinutes(2));
        fixture.run(takenOver);

        assertThat(TestSmtp.received(smtp)).extracting(Received::to).containsExactly(BILLING);
        assertThat(fixture.status(stopped, "billing#1", "DISPATCH", BILLING)).isEqualTo(MailOutbox.Status.SENT);
        assertThat(fixture.ended(takenOver)).isTrue();
    }

    /** What a delivery that claimed the row that long ago (wall clock) and did not finish leaves behind. */
    private void sending(String ticketNo, String delivery, Duration ago) {
        assertThat(jdbc.sql("update mail_outbox set status = 'SENDING', claimed_by = ?, claimed_at = ? where ticket_no = ?")
                .params(delivery, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minus(ago), ticketNo).update())
                .isEqualTo(1);
    }

    @Test
    void smtpDownFailsTheDeliveryNotTheStepAndOnceUpAgainItSendsExactlyOnce() {
        String ticketNo = newTicketNo();
        smtp.stop();
        ProcessInstance instance = fixture.start(ticketNo, ticket("DISPATCH"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                .as("the step went on").isZero();

        assertThatThrownBy(() -> fixture.run(instance)).hasMessageContaining("邮件发送失败")
                .hasMessageContaining(ticketNo);
        assertThat(fixture.status(ticketNo, "billing#1", "DISPATCH", BILLING)).isEqualTo(MailOutbox.Status.FAILED);
        assertThat(fixture.ended(instance)).isFalse();

        smtp.start();
        fixture.run(instance);
        fixture.run(fixture.start(ticketNo, ticket("DISPATCH")));

        assertThat(TestSmtp.received(smtp)).extracting(Received::to).containsExactly(BILLING);
        assertThat(fixture.status(ticketNo, "billing#1", "DISPATCH", BILLING)).isEqualTo(MailOutbox.Status.SENT);
        assertThat(fixture.ended(instance)).isTrue();
    }

    private String emailOf(String userId) {
        return engine.getIdentityService().createUserQuery().userId(userId).singleResult().getEmail();
    }

    private List<String> emailsOf(String groupId) {
        IdentityService identity = engine.getIdentityService();
        return identity.createUserQuery().memberOfGroup(groupId).list().stream()
                .map(User::getEmail).filter(e -> e != null && !e.isBlank()).toList();
    }

    private static List<String> concat(List<String> list, String... more) {
        return java.util.stream.Stream.concat(list.stream(), java.util.Arrays.stream(more)).toList();
    }
}
