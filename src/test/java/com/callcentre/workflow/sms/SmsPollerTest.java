package com.callcentre.workflow.sms;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.complaint.TextableCustomer;
import com.callcentre.workflow.system.BusinessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SMS poller against the real outbox table: a failing gateway is retried with a doubling
 * backoff and then given up (FAILED, with its error); two nodes polling one database never send
 * one message twice; a claim is taken over only after the claim timeout (a node killed
 * mid-send); a message with no mobile number to go to is dropped, not retried.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class SmsPollerTest {

    @Autowired
    SmsOutbox outbox;
    @Autowired
    TextableCustomer customers;
    @Autowired
    SmsSettings settings;
    @Autowired
    ComplaintFixture fixture;

    private String ticketNo;

    @BeforeEach
    void setUp() {
        // Whatever other tests left due is sent first, so that only this test's rows are due.
        SmsPoller drain = poller("drain", message -> { }, 5);
        while (drain.deliverDue(BusinessClock.now().plus(Duration.ofDays(30))) > 0) {
            // every row due within a month, whoever queued it
        }
        ticketNo = fixture.register("agent1", billingComplaint()).getBusinessKey();
        assertThat(outbox.of(ticketNo)).hasSize(1);
    }

    @Test
    void aFailingGatewayIsRetriedWithADoublingBackoffThenGivenUp() {
        AtomicInteger calls = new AtomicInteger();
        SmsPoller poller = poller("node-a", message -> {
            calls.incrementAndGet();
            throw new SmsGateway.SendFailed("SMS gateway answered 503: busy");
        }, 3);
        Instant t0 = BusinessClock.now();

        assertThat(poller.deliverDue(t0)).isEqualTo(1);
        SmsOutbox.Row row = only();
        assertThat(row.status()).isEqualTo(SmsOutbox.Status.PENDING);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).contains("503");
        assertThat(row.nextAttemptAt().toInstant()).isEqualTo(t0.plus(Duration.ofMinutes(1)));

        assertThat(poller.deliverDue(t0.plusSeconds(59))).as("not due before its backoff").isZero();
        assertThat(poller.deliverDue(t0.plus(Duration.ofMinutes(1)))).isEqualTo(1);
        assertThat(only().nextAttemptAt().toInstant()).as("the backoff doubles")
                .isEqualTo(t0.plus(Duration.ofMinutes(3)));

        assertThat(poller.deliverDue(t0.plus(Duration.ofMinutes(3)))).isEqualTo(1);
        row = only();
        assertThat(row.status()).as("given up after sms.max-attempts").isEqualTo(SmsOutbox.Status.FAILED);
        assertThat(row.attempts()).isEqualTo(3);
        assertThat(row.lastError()).contains("503");
        assertThat(poller.deliverDue(t0.plus(Duration.ofDays(1)))).isZero();
        assertThat(calls).hasValue(3);
    }

    @Test
    void twoNodesPollingOneDatabaseNeverSendOneMessageTwice() throws Exception {
        for (int i = 0; i < 29; i++) {
            outbox.enqueue(ticketNo, SmsTexts.Kind.ANSWERED, "text " + i);
        }
        ConcurrentLinkedQueue<String> sent = new ConcurrentLinkedQueue<>();
        SmsGateway slow = message -> {
            sent.add(message.reference());
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Instant now = BusinessClock.now();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> claimed = List.of("node-a", "node-b").stream().map(node -> nodes.submit(() -> {
                SmsPoller poller = poller(node, slow, 5);
                start.await();
                int total = 0;
                for (int n = poller.deliverDue(now); n > 0; n = poller.deliverDue(now)) {
                    total += n;
                }
                return total;
            })).toList();
            start.countDown();
            assertThat(claimed.get(0).get() + claimed.get(1).get()).isEqualTo(30);
        } finally {
            nodes.shutdownNow();
        }

        assertThat(sent).hasSize(30).doesNotHaveDuplicates();
        assertThat(outbox.of(ticketNo)).extracting(SmsOutbox.Row::status).hasSize(30)
                .containsOnly(SmsOutbox.Status.SENT);
    }

    @Test
    void aClaimIsTakenOverOnlyAfterTheClaimTimeout() {
        long id = only().id();
        Instant t0 = BusinessClock.now();

        assertThat(outbox.claim(id, "node-a", t0, settings.claimTimeout())).isTrue();
        assertThat(outbox.claim(id, "node-b", t0, settings.claimTimeout())).as("compare-and-set: taken").isFalse();
        assertThat(poller("node-b", message -> { }, 5).deliverDue(t0.plus(Duration.ofMinutes(4)))).isZero();

        // node-a stopped mid-send: after the claim timeout node-b sends it, and node-a's late mark is void.
        assertThat(poller("node-b", message -> { }, 5).deliverDue(t0.plus(Duration.ofMinutes(6)))).isEqualTo(1);
        assertThat(only().status()).isEqualTo(SmsOutbox.Status.SENT);
        assertThat(only().claimedBy()).isEqualTo("node-b");
        assertThat(outbox.failed(id, "node-a", "late", t0.plus(Duration.ofMinutes(7)))).isFalse();
        assertThat(only().status()).isEqualTo(SmsOutbox.Status.SENT);
    }

    @Test
    void aMessageWithoutAMobileNumberIsDroppedNotSent() {
        Map<String, Object> fixedLine = new HashMap<>(billingComplaint());
        fixedLine.put("customerPhone", "010-12345678");
        String fixed = fixture.register("agent1", fixedLine).getBusinessKey();
        outbox.enqueue(fixed, SmsTexts.Kind.CLOSED, "text");
        List<String> sent = new java.util.ArrayList<>();

        poller("node-a", message -> sent.add(message.to()), 5).deliverDue(BusinessClock.now());

        assertThat(outbox.of(fixed)).extracting(SmsOutbox.Row::status).containsExactly(SmsOutbox.Status.DROPPED);
        assertThat(sent).as("the mobile ticket's text went to its number").containsExactly("13800138000");
    }

    private SmsOutbox.Row only() {
        List<SmsOutbox.Row> rows = outbox.of(ticketNo);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private SmsPoller poller(String node, SmsGateway gateway, int maxAttempts) {
        SmsSettings configured = new SmsSettings(settings.gateway(), 20, maxAttempts, Duration.ofMinutes(1),
                Duration.ofHours(1), Duration.ofMinutes(5), node, settings.http(), settings.texts());
        return new SmsPoller(outbox, gateway, customers, configured, node);
    }
}
