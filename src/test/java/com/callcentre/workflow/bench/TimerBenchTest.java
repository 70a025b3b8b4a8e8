package com.callcentre.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.DiscardedCoverage;
import com.callcentre.workflow.notification.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The benchmark's part {@code storm} at a tiny size (issue 14): on an application with its job
 * executor running (its own, as concurrency.LifecycleLoadTest has), a handful of orders
 * breached at one moment are all escalated and counted, and reminders made due one by one
 * during a small load are all measured. Behaviour only: no time is asserted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true",
        // Camunda's webapps keep static state: a second application with them would take the suite's.
        "camunda.bpm.webapp.enabled=false",
        "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=1000"})
@Import(ProcessEngineCoverageConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExcludeFromProcessCoverage
@TestExecutionListeners(listeners = DiscardedCoverage.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class TimerBenchTest {

    /**
     * /engine-rest answers for the engine named "default". In a JVM where the suite's application
     * runs (its engine is "default", on the same database), this one's engine has a name of its
     * own so as not to take the suite's; run alone, it is the default one.
     */
    @DynamicPropertySource
    static void engineName(DynamicPropertyRegistry properties) {
        properties.add("camunda.bpm.process-engine-name",
                () -> ProcessEngines.getProcessEngines().containsKey(ProcessEngines.NAME_DEFAULT) ? "timerbench"
                        : ProcessEngines.NAME_DEFAULT);
    }

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void realClock() {
        // The engine's clock as the benchmark's node has it: the wall clock.
        ClockUtil.reset();
    }

    @Test
    void ordersBreachedAtOneMomentAreAllEscalatedAndCounted() throws Exception {
        EngineTimers timers = new EngineTimers(port, dataSource::getConnection);
        TimerStorm storm = new TimerStorm(timers, 3);
        List<String> tickets = TimerStorm.openOrders(new LifecycleDriver(port), 3, 5);
        storm.awaitQuiet(Duration.ofSeconds(60));
        assertThat(timers.escalated(tickets)).as("nothing escalated before the breach").isEmpty();

        TimerStorm.Result result = storm.run(tickets, Duration.ofSeconds(2), Duration.ofSeconds(90));

        assertThat(result.orders()).isEqualTo(5);
        assertThat(result.escalated()).as("every order escalated: task and level-1 mail").isEqualTo(5);
        assertThat(timers.escalated(tickets)).containsExactlyInAnyOrderElementsOf(tickets);
        assertThat(timers.ran("breachTimer", timers.timerJobs("breachTimer", tickets).values()))
                .as("the breach timers ran, none waits").isEmpty();
        assertThat(result.seconds()).as("a figure comes out").isNotNaN().isGreaterThanOrEqualTo(0);
    }

    @Test
    void remindersFallingDueDuringALoadAreEachMeasured() throws Exception {
        EngineTimers timers = new EngineTimers(port, dataSource::getConnection);
        LifecycleDriver driver = new LifecycleDriver(port);
        List<String> seeds = TimerStorm.openOrders(driver, 2, 4);
        new TimerStorm(timers, 2).awaitQuiet(Duration.ofSeconds(60));

        TimerLateness.Result result = new TimerLateness(timers, Duration.ofMillis(300), Duration.ofSeconds(1))
                .measure(seeds, () -> driver.run(2, 3), Duration.ofSeconds(60));

        assertThat(result.moved()).as("reminders made due during the load").isBetween(1, 4);
        assertThat(result.lateness()).as("each one's lateness measured").hasSize(result.moved());
        assertThat(result.lateness()).allMatch(lateness -> !lateness.isNegative(), "none ran before it was due");
        assertThat(result.p95Seconds()).isNotNaN();
        assertThat(timers.timerJobs("reminderTimer", seeds)).as("moved reminders ran")
                .hasSize(seeds.size() - result.moved());
    }
}
