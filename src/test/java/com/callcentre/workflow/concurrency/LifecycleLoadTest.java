package com.callcentre.workflow.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.DiscardedCoverage;
import com.callcentre.workflow.bench.LifecycleDriver;
import com.callcentre.workflow.notification.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
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
 * whole lifecycle over HTTP at once (the benchmark's {@link LifecycleDriver}), each answering its task as soon as it appears, with the job
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

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eightClientsDriveThreeHundredTicketsWithTimersAndMailDueInTheSameScopes() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread clock = new Thread(() -> raceTheClock(running), "engine-clock");
        clock.start();
        LifecycleDriver.Result result;
        try {
            result = new LifecycleDriver(port).run(CLIENTS, TICKETS);
        } finally {
            running.set(false);
            clock.join();
        }
        List<String> tickets = result.tickets();

        assertThat(result.serverErrors()).as("answers of 500 or above out of " + result.requests()).isEmpty();
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
