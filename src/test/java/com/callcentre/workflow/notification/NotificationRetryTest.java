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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An SMTP outage as the engine lives it: the step that reaches the e-mail commits (it is
 * asynchronous), the job is tried three times five minutes apart (R3/PT5M), then it is an
 * incident in Cockpit; Cockpit's retry (one more retry on the job) sends the message, once.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class NotificationRetryTest {

    @RegisterExtension
    static final GreenMailExtension smtp = TestSmtp.server();

    static final Instant START = Instant.parse("2026-11-22T06:00:00Z");

    @Autowired
    ProcessEngine engine;
    @Autowired
    NotificationFixture fixture;

    @BeforeEach
    void deployWithoutCoverage() {
        fixture.deploy();
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @AfterEach
    void undeploy() {
        ClockUtil.reset();
        fixture.undeploy();
    }

    @Test
    void anOutageIsRetriedThreeTimesFiveMinutesApartThenAnIncidentWhoseRetrySendsOnce() {
        smtp.stop();
        String ticketNo = newTicketNo();

        // The step commits whatever SMTP does: the message waits in its delivery's job.
        ProcessInstance instance = fixture.start(ticketNo, ticket("DISPATCH"));
        String delivery = fixture.job(instance).getProcessInstanceId();

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(fixture.executableJobs(instance)).as("due at attempt %d", attempt).hasSize(1);
            assertThatThrownBy(() -> fixture.run(instance)).hasMessageContaining("邮件发送失败");
            Job job = fixture.job(instance);
            assertThat(job.getRetries()).as("retries left after attempt %d", attempt).isEqualTo(3 - attempt);
            if (attempt < 3) {
                Instant now = ClockUtil.getCurrentTime().toInstant();
                assertThat(job.getDuedate().toInstant()).isEqualTo(now.plus(Duration.ofMinutes(5)));
                assertThat(fixture.executableJobs(instance)).as("not due before five minutes").isEmpty();
                ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(5))));
            }
        }

        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(delivery)
                .singleResult();
        assertThat(incident).as("incident after the retries ran out").isNotNull();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo("deliverMail");
        assertThat(incident.getIncidentMessage()).contains("邮件发送失败", ticketNo, BILLING);
        assertThat(fixture.status(ticketNo, "billing#1", "DISPATCH", BILLING)).isEqualTo(MailOutbox.Status.FAILED);

        // SMTP is back; the operator presses "retry" in Cockpit: one more retry on the job.
        smtp.start();
        Job job = fixture.job(instance);
        engine.getManagementService().setJobRetries(job.getId(), 1);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(delivery).count()).isZero();
        fixture.run(instance);

        assertThat(TestSmtp.received(smtp)).extracting(Received::to).containsExactly(BILLING);
        assertThat(fixture.status(ticketNo, "billing#1", "DISPATCH", BILLING)).isEqualTo(MailOutbox.Status.SENT);
        assertThat(fixture.ended(instance)).isTrue();

        // The outbox row is the message's record: the delivery's instance leaves no history.
        var history = engine.getHistoryService();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(delivery).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(delivery).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(delivery).count()).isZero();
        assertThat(history.createHistoricJobLogQuery().processInstanceId(delivery).count()).isZero();
        assertThat(history.createHistoricIncidentQuery().processInstanceId(delivery).count()).isZero();
        assertThat(fixture.attempts(ticketNo, "billing#1", "DISPATCH", BILLING)).as("three failures and the retry").isEqualTo(4);
        // The step that decided the message keeps its history.
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count()).isOne();
    }
}
