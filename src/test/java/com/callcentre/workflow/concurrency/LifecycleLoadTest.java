package com.callcentre.workflow.concurrency;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.DiscardedCoverage;
import com.callcentre.workflow.notification.TestSmtp;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A busy centre (issue 12): {@value #CLIENTS} clients drive {@value #TICKETS} tickets through the
 * whole lifecycle over HTTP at once, each answering its task as soon as it appears, with the job
 * executor running and the engine clock racing ahead, so mail, reminders, breaches and
 * escalations are due in the very scopes people are answering in. No answer may be 500 or above,
 * every ticket ends archived, every message is sent exactly once.
 * <p>
 * An application of its own with the job executor on (the suite's shared one runs jobs by hand),
 * on the suite's database, closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.process-engine-name=load",
        // Camunda's webapps keep static state: a second application with them would take the
        // suite's. The load goes through /api and /engine-rest, which keep none.
        "camunda.bpm.webapp.enabled=false",
        "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=1000"})
@Import(ProcessEngineCoverageConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExcludeFromProcessCoverage
@TestExecutionListeners(listeners = DiscardedCoverage.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class LifecycleLoadTest {

    static final int CLIENTS = 8;
    static final int TICKETS = 300;
    static final Duration STEP_TIMEOUT = Duration.ofSeconds(90);

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    private final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eightClientsDriveThreeHundredTicketsWithTimersAndMailDueInTheSameScopes() throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<String> tickets = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread clock = new Thread(() -> raceTheClock(running), "engine-clock");
        clock.start();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String agent = "agent" + (c % 4 + 1);
            work.add(clients.submit(() -> {
                while (next.getAndIncrement() < TICKETS) {
                    tickets.add(lifecycle(agent));
                }
                return null;
            }));
        }
        try {
            for (Future<?> client : work) {
                client.get(15, TimeUnit.MINUTES);
            }
        } finally {
            running.set(false);
            clock.join();
            clients.shutdownNow();
        }

        assertThat(serverErrors).as("answers of 500 or above out of " + requests.get()).isEmpty();
        assertThat(tickets).hasSize(TICKETS);
        assertThat(count("select count(*) from ticket where status = 'ARCHIVED' and ticket_no in (%s)", tickets))
                .as("every ticket archived").isEqualTo(TICKETS);
        // The mail queued for these tickets drains: sent, each once.
        await("the outbox drains", () -> count("select count(*) from mail_outbox where status <> 'SENT' and ticket_no in (%s)",
                tickets) == 0);
        long queued = count("select count(*) from mail_outbox where ticket_no in (%s)", tickets);
        assertThat(queued).as("dispatch, reminder and escalation mail").isGreaterThanOrEqualTo(TICKETS);
        Map<String, Integer> received = new ConcurrentHashMap<>();
        for (var message : smtp.getReceivedMessages()) {
            String[] key = message.getHeader("X-Callcentre-Notification");
            String[] to = message.getHeader("To");
            if (key != null && tickets.contains(key[0].split(" ")[0])) {
                received.merge(key[0] + " " + to[0], 1, Integer::sum);
            }
        }
        assertThat(received.values()).as("no message twice").allMatch(n -> n == 1);
        assertThat((long) received.size()).as("every queued message sent").isEqualTo(queued);
    }

    /** One ticket from intake to archive, each step answered as soon as its task appears. */
    private String lifecycle(String agent) throws Exception {
        JsonNode created = json(call(() -> api.post("/api/complaints", agent, billingComplaint()), 201));
        String ticketNo = created.path("ticketNo").asText();
        complete(ticketNo, "dispatch", "manager1", false,
                Map.of("departments", Map.of("value", "[\"billing\"]", "type", "Json")));
        complete(ticketNo, "handleOrder", "billing1", true,
                Map.of("orderOutcome", Map.of("value", "RESOLVED"), "receipt", Map.of("value", "已退还多扣费用")));
        complete(ticketNo, "reviewReceipt", "handler1", false,
                Map.of("receiptAccepted", Map.of("value", true), "reviewComment", Map.of("value", "回单完整")));
        complete(ticketNo, "callback", agent, false,
                Map.of("callbackOutcome", Map.of("value", "SATISFIED"), "callbackNote", Map.of("value", "客户满意")));
        await(ticketNo + " archived", () -> "ARCHIVED".equals(
                json(call(() -> api.get("/api/complaints/" + ticketNo, agent), 200)).path("status").asText()));
        return ticketNo;
    }

    private void complete(String ticketNo, String key, String user, boolean claim, Map<String, Object> variables)
            throws Exception {
        String[] taskId = new String[1];
        await(ticketNo + " " + key, () -> {
            JsonNode tasks = json(call(() -> api.get("/engine-rest/task?processInstanceBusinessKey=" + ticketNo
                    + "&taskDefinitionKey=" + key, user), 200));
            taskId[0] = tasks.size() == 1 ? tasks.get(0).path("id").asText() : null;
            return taskId[0] != null;
        });
        if (claim) {
            call(() -> api.post("/engine-rest/task/" + taskId[0] + "/claim", user, Map.of("userId", user)), 204);
        }
        call(() -> api.post("/engine-rest/task/" + taskId[0] + "/complete", user, Map.of("variables", variables)), 204);
    }

    /** An HTTP call whose answer must be this status; a 5xx is recorded (and fails the test) first. */
    private HttpResponse<String> call(HttpCall call, int expected) {
        HttpResponse<String> response;
        try {
            response = call.send();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        requests.incrementAndGet();
        if (response.statusCode() >= 500) {
            serverErrors.add(response.statusCode() + " " + response.request().uri() + " " + response.body());
        }
        assertThat(response.statusCode()).as(response.request().uri() + " " + response.body()).isEqualTo(expected);
        return response;
    }

    private interface HttpCall {
        HttpResponse<String> send() throws Exception;
    }

    /** An hour of engine time every 50 ms: limits of hours pass while people answer. */
    private static void raceTheClock(AtomicBoolean running) {
        Instant now = Instant.now();
        while (running.get()) {
            now = now.plus(Duration.ofHours(1));
            ClockUtil.setCurrentTime(Date.from(now));
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return ApiClient.JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, List<String> tickets) {
        String in = String.join(",", Collections.nCopies(tickets.size(), "?"));
        return jdbc.sql(String.format(sql, in)).params(new ArrayList<Object>(tickets)).query(Long.class).single();
    }

    private static void await(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }
}
