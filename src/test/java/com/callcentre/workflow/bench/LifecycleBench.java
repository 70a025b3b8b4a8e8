package com.callcentre.workflow.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * {@code lifecycle_tickets_per_s}, {@code lifecycle_default_tickets_per_s}, {@code lifecycle_ratio},
 * {@code lifecycle_errors}, {@code startup_s}, {@code rss_mb}: the product as configured and as
 * Camunda's defaults configure it, each on a fresh database, each warmed up with a few tickets
 * first (the JIT, the engine's caches) and then timed.
 */
final class LifecycleBench {

    private final BenchDatabases databases;
    private final Path jar;
    private final int smtpPort;
    private final Sizes sizes;
    private final Figures figures;
    private final boolean withDefaults;

    /** @param withDefaults false only while tuning (--no-default): the comparison is half the figure */
    LifecycleBench(BenchDatabases databases, Path jar, int smtpPort, Sizes sizes, Figures figures,
            boolean withDefaults) {
        this.withDefaults = withDefaults;
        this.databases = databases;
        this.jar = jar;
        this.smtpPort = smtpPort;
        this.sizes = sizes;
        this.figures = figures;
    }

    void run() throws Exception {
        Measured product = measure("lifecycle", Configurations.PRODUCT);
        figures.put("lifecycle_tickets_per_s", product.result.ticketsPerSecond());
        figures.put("lifecycle_intake_p50_ms", product.result.intakeP50Ms());
        figures.put("lifecycle_complete_p50_ms", product.result.completeP50Ms());
        figures.put("startup_s", product.startupSeconds);
        figures.put("rss_mb", product.rssMb);
        if (!withDefaults) {
            return;
        }
        Measured defaults = measure("lifecycle_default", Configurations.CAMUNDA_DEFAULTS);
        figures.put("lifecycle_default_tickets_per_s", defaults.result.ticketsPerSecond());
        figures.put("lifecycle_ratio", product.result.ticketsPerSecond() / defaults.result.ticketsPerSecond());
        figures.put("lifecycle_errors", product.result.serverErrors().size() + defaults.result.serverErrors().size());
        product.result.serverErrors().stream().limit(5).forEach(e -> System.err.println("error: " + e));
        defaults.result.serverErrors().stream().limit(5).forEach(e -> System.err.println("error: " + e));
    }

    private record Measured(LifecycleDriver.Result result, double startupSeconds, long rssMb) {
    }

    private Measured measure(String name, Map<String, String> configuration) throws Exception {
        String database = "callcentre_bench_" + name;
        databases.fresh(database);
        try (AppNode node = AppNode.start(name, jar, databases.datasourceEnvironment(database), smtpPort, configuration)) {
            node.awaitReady();
            LifecycleDriver driver = new LifecycleDriver(node.port());
            driver.run(sizes.clients(), sizes.warmupTickets());
            double cpuBefore = node.cpuSeconds();
            LifecycleDriver.Result result = driver.run(sizes.clients(), sizes.lifecycleTickets());
            // What a ticket costs the application, whatever else the machine was doing meanwhile.
            figures.put(name + "_app_cpu_ms_per_ticket", (node.cpuSeconds() - cpuBefore) * 1000 / result.tickets().size());
            System.err.printf("%s: %d tickets in %.1f s, %d requests, %d conflicts (409, retried)%n", name,
                    result.tickets().size(), result.elapsed().toMillis() / 1000.0, result.requests(), result.conflicts());
            return new Measured(result, node.startup().toMillis() / 1000.0, node.peakRssMb());
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                databases.drop(database);
            }
        }
    }
}
