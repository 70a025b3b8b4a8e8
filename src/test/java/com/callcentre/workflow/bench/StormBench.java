package com.callcentre.workflow.bench;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The part {@code storm}: timers on a node as production configures it. Its database is a copy
 * of a generated one, cached between runs: {@code stormOrders} + {@value #PROBE_SEEDS} billing
 * complaints dispatched over HTTP by 8 agents at once, each order open in the department with
 * its reminder and breach timers hours ahead (regenerated when a timer comes within
 * {@link #CACHE_MARGIN}, or with {@code -Dbench.regenerate=true}).
 * <p>
 * First {@code timer_lateness_p95_s} (and {@code timer_lateness_count}): {@value #PROBE_SEEDS}
 * orders' reminders falling due one by one, every {@value #PROBE_EVERY_MS} ms one second ahead,
 * while 8 clients drive tickets through their lifecycle ({@link TimerLateness}). Then, on the
 * same node, {@code timer_storm_s} (and {@code timer_storm_escalated}): the other
 * {@code stormOrders} orders breached at one moment ({@link TimerStorm}).
 */
final class StormBench {

    static final long PROBE_EVERY_MS = 300;
    /** Reminders ready to fall due: enough for the load's length at one every 300 ms. */
    static final int PROBE_SEEDS = 250;
    /** Tickets of the load beside the falling reminders: a few hundred at most. */
    static final int LOAD_TICKETS = 300;
    static final Duration CACHE_MARGIN = Duration.ofHours(2);

    private final BenchDatabases databases;
    private final Path jar;
    private final int smtpPort;
    private final Sizes sizes;
    private final Figures figures;

    StormBench(BenchDatabases databases, Path jar, int smtpPort, Sizes sizes, Figures figures) {
        this.databases = databases;
        this.jar = jar;
        this.smtpPort = smtpPort;
        this.sizes = sizes;
        this.figures = figures;
    }

    void run() throws Exception {
        int orders = sizes.stormOrders() + PROBE_SEEDS;
        String template = "callcentre_bench_cache_storm_" + orders;
        if (Boolean.getBoolean("bench.regenerate") || !usable(template, orders)) {
            generate(template, orders);
        }
        String database = "callcentre_bench_storm";
        databases.copy(template, database);
        try (AppNode node = AppNode.start("storm", jar, databases.datasourceEnvironment(database), smtpPort,
                Configurations.PRODUCT)) {
            node.awaitReady();
            EngineTimers timers = new EngineTimers(node.port(), () -> databases.connect(database));
            LifecycleDriver driver = new LifecycleDriver(node.port());
            TimerStorm storm = new TimerStorm(timers, sizes.clients());
            List<String> open = timers.openOrderTickets();
            List<String> seeds = open.subList(0, PROBE_SEEDS);
            List<String> breached = open.subList(PROBE_SEEDS, orders);

            int loadTickets = Math.min(LOAD_TICKETS, sizes.lifecycleTickets() / 2);
            TimerLateness.Result lateness = new TimerLateness(timers, Duration.ofMillis(PROBE_EVERY_MS),
                    Duration.ofSeconds(1)).measure(seeds, () -> driver.run(sizes.clients(), loadTickets),
                    Duration.ofMinutes(2));
            figures.put("timer_lateness_p95_s", lateness.p95Seconds());
            figures.put("timer_lateness_count", (long) lateness.lateness().size());
            System.err.printf("storm: %d reminders moved during %d tickets, %d ran; lateness max %.2f s%n",
                    lateness.moved(), loadTickets, lateness.lateness().size(), lateness.lateness().stream()
                            .mapToLong(Duration::toMillis).max().orElse(-1) / 1000.0);

            storm.awaitQuiet(Duration.ofMinutes(5));
            // D: far enough ahead for the one transaction moving them all to commit before it.
            TimerStorm.Result result = storm.run(breached, Duration.ofSeconds(5),
                    Duration.ofSeconds(Math.max(600, breached.size() / 4)));
            figures.put("timer_storm_s", result.seconds());
            figures.put("timer_storm_escalated", (long) result.escalated());
            System.err.printf("storm: %d of %d orders escalated; due dates moved in %.1f s (%d after D)%n",
                    result.escalated(), result.orders(), result.moving().toMillis() / 1000.0, result.movedLate());
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                databases.drop(database);
            }
        }
    }

    /** The cached database has the orders, and none of their timers comes near. */
    private boolean usable(String template, int orders) throws SQLException {
        if (!databases.exists(template)) {
            return false;
        }
        EngineTimers timers = new EngineTimers(0, () -> databases.connect(template));
        LocalDateTime earliest = timers.earliestOrderTimer();
        // At least: the demo profile's own tickets (complaint.DemoTickets) may have open orders too.
        return timers.openOrderTickets().size() >= orders && earliest != null
                && earliest.isAfter(LocalDateTime.now().plus(CACHE_MARGIN));
    }

    private void generate(String template, int orders) throws Exception {
        System.err.printf("storm: generating %s (%d open orders over HTTP; cached for the next runs)%n", template, orders);
        databases.fresh(template);
        boolean done = false;
        try (AppNode node = AppNode.start("storm_generate", jar, databases.datasourceEnvironment(template), smtpPort,
                Configurations.PRODUCT)) {
            node.awaitReady();
            LifecycleDriver driver = new LifecycleDriver(node.port());
            long start = System.nanoTime();
            TimerStorm.openOrders(driver, sizes.clients(), orders);
            new TimerStorm(new EngineTimers(node.port(), () -> databases.connect(template)), sizes.clients())
                    .awaitQuiet(Duration.ofMinutes(10));
            System.err.printf("storm: %d orders opened in %.0f s%n", orders, (System.nanoTime() - start) / 1e9);
            done = true;
        } finally {
            if (!done) {
                databases.drop(template);
            }
        }
    }
}
