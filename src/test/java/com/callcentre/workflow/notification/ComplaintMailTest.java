package com.callcentre.workflow.notification;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.escalation.SlaFixture;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The e-mail steps of {@code complaint-handling} against a real SMTP server: who is told at
 * dispatch, at the reminder point and at each escalation level, with the customer masked
 * (CP-9), and an SMTP outage that holds up neither the supervision nor the ticket.
 */
@ApplicationTest
class ComplaintMailTest {

    @RegisterExtension
    static final GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture fixture;
    @Autowired
    SlaFixture sla;

    @BeforeEach
    void startOnMondayMorning() {
        sla.startOnMondayMorning();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void departmentIsToldOfItsOrderAndTheCustomerStaysMasked() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        sla.dispatch(pi, "billing");
        sla.sendMail(pi);

        List<TestSmtp.Received> mail = TestSmtp.received(smtp);
        assertThat(mail).extracting(TestSmtp.Received::to)
                .containsExactlyInAnyOrder("billing@departments.example", "agent1@callcentre.example");
        assertThat(mail).filteredOn(m -> m.to().startsWith("agent1")).singleElement()
                .satisfies(m -> assertThat(m.subject()).as("CP-2: the owner is told").contains("已派往支撑部门处理"));
        mail = mail.stream().filter(m -> m.to().startsWith("billing")).toList();
        assertThat(mail.get(0).subject()).contains(pi.getBusinessKey());
        assertThat(mail.get(0).all()).contains("138****8000").doesNotContain("13800138000", "张三");
        assertThat(mail.get(0).text()).as("the link opens the department's order, created in the same step")
                .contains("#/?task=" + fixture.task(pi.getBusinessKey(), "handleOrder").getId());
    }

    @Test
    void reminderAndEachEscalationLevelReachTheirPeople() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        sla.dispatch(pi, "billing");
        SlaFixture.at(Duration.ofHours(36));
        sla.fire(pi, "reminderTimer");
        sla.sendMail(pi);
        assertThat(recipients()).as("SL-4: the department and the first-contact owner")
                .containsExactlyInAnyOrder("billing@departments.example", "agent1@callcentre.example");

        SlaFixture.at(Duration.ofHours(48));
        sla.fire(pi, "breachTimer");
        sla.sendMail(pi);
        assertThat(recipients()).as("SL-2: the duty leader on duty (leader1 on DAY), not every duty leader")
                .contains("leader1@callcentre.example").doesNotContain("leader2@callcentre.example");
        fixture.complete("leader1", fixture.task(pi.getBusinessKey(), "superviseLevel1"),
                java.util.Map.of("supervisionInstruction", "请今日回单"));

        SlaFixture.at(Duration.ofHours(60));
        sla.fire(pi, "level2Timer");
        sla.sendMail(pi);
        assertThat(recipients()).contains("director1@callcentre.example");
        SlaFixture.at(Duration.ofHours(72));
        sla.fire(pi, "level3Timer");
        sla.sendMail(pi);
        assertThat(recipients()).contains("centerdirector1@callcentre.example");
        assertThat(TestSmtp.received(smtp)).allSatisfy(m -> assertThat(m.all()).doesNotContain("13800138000"));
    }

    @Test
    void theOwnersCopyGoesToTheOwnerOfTheTicketTableWhateverTheVariableSays() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        sla.dispatch(pi, "billing");
        // What a worker completing a task with an extra variable could do (docs/authorization.md).
        engine.getRuntimeService().setVariable(pi.getId(), "owner", "billing1");
        SlaFixture.at(Duration.ofHours(36));
        sla.fire(pi, "reminderTimer");
        sla.sendMail(pi);

        assertThat(recipients()).as("CP-2: the first-contact owner as registered")
                .contains("agent1@callcentre.example").doesNotContain("billing1@callcentre.example");
    }

    @Test
    void dutyLeaderIsToldAfterwardsWhenAMajorComplaintSkipsTheirLevel() {
        ProcessInstance pi = fixture.register("agent1", with(billingComplaint(), "major", true));
        sla.dispatch(pi, "billing");
        SlaFixture.at(Duration.ofHours(4));
        sla.fire(pi, "breachTimer");
        sla.sendMail(pi);

        assertThat(recipients()).contains("leader1@callcentre.example", "leader2@callcentre.example");
    }

    @Test
    void smtpOutageHoldsUpNeitherTheSupervisionNorTheTicketAndTheMailGoesOutOnceWhenItIsBack() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        sla.dispatch(pi, "billing");
        sla.sendMail(pi);
        smtp.stop();
        SlaFixture.at(Duration.ofHours(48));
        sla.fire(pi, "breachTimer");

        assertThat(fixture.task(pi.getBusinessKey(), "superviseLevel1")).isNotNull();
        Job mail = sla.mailJobs(pi).get(0);
        assertThatThrownBy(() -> engine.getManagementService().executeJob(mail.getId()))
                .as("SMTP refused").hasRootCauseInstanceOf(java.net.ConnectException.class);
        assertThat(sla.mailJobs(pi).get(0).getRetries()).as("R3/PT5M: retried later").isEqualTo(2);

        fixture.complete("billing1", fixture.task(pi.getBusinessKey(), "handleOrder"),
                java.util.Map.of("orderOutcome", "RESOLVED", "receipt", "已退费",
                        "receiptCause", "核实属实", "receiptMeasures", "已整改"));
        assertThat(fixture.task(pi.getBusinessKey(), "reviewReceipt")).as("the ticket goes on").isNotNull();
        assertThat(sla.mailJobs(pi)).as("the mail is no part of the order: it outlives it").isNotEmpty();

        smtp.start();
        SlaFixture.at(Duration.ofHours(48).plusMinutes(5));
        sla.sendMail(pi);
        assertThat(recipients()).as("sent once, when SMTP is back").contains("leader1@callcentre.example");
        assertThat(TestSmtp.received(smtp).stream().filter(m -> m.to().equals("leader1@callcentre.example"))).hasSize(1);
        assertThat(sla.mailJobs(pi)).isEmpty();
    }

    private List<String> recipients() {
        return TestSmtp.received(smtp).stream().map(TestSmtp.Received::to).distinct().toList();
    }
}
