package com.callcentre.workflow.bench;

import com.callcentre.workflow.Application;
import com.callcentre.workflow.complaint.ComplaintService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code tasklist_p95_ms}, {@code sla_board_p95_ms}, {@code report_month_ms}: the read side with
 * {@code open_tasks} open tasks and {@code year_tickets} tickets of a year beside them. The data
 * is made once per sizes and per version of what shapes it ({@link #cacheName}) through the
 * product itself ({@link QueryData}) and kept as a database; each run measures a copy of it.
 */
final class QueriesBench {

    /** Raised when QueryData changes what it makes, so an older cache is not taken for it. */
    static final int GENERATOR_VERSION = 2;
    static final int WARMUP_ROUNDS = 5;
    static final int TASKLIST_ROUNDS = 30;
    static final int SLA_CALLS = 40;
    static final int REPORT_CALLS = 5;

    private final BenchDatabases databases;
    private final Path jar;
    private final int smtpPort;
    private final Sizes sizes;
    private final Figures figures;

    QueriesBench(BenchDatabases databases, Path jar, int smtpPort, Sizes sizes, Figures figures) {
        this.databases = databases;
        this.jar = jar;
        this.smtpPort = smtpPort;
        this.sizes = sizes;
        this.figures = figures;
    }

    void run() throws Exception {
        String cache = cacheName(sizes.openTasks(), sizes.yearTickets());
        if (databases.exists(cache)) {
            System.err.println("queries: data from the cache " + cache);
        } else {
            generate(cache);
        }
        String database = "callcentre_bench_queries";
        databases.copy(cache, database);
        // A web node of a cluster: it answers staff and runs no jobs, so the timers of the
        // generated open tickets (reminders, escalations) do not fire while it is measured.
        try (AppNode node = AppNode.start("queries", jar, databases.datasourceEnvironment(database), smtpPort,
                Map.of("camunda.bpm.job-execution.enabled", "false"))) {
            node.awaitReady();
            measure(new QueryProbe(node.port()));
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                databases.drop(database);
            }
        }
    }

    void measure(QueryProbe probe) {
        List<Long> tasklist = new ArrayList<>();
        for (String user : List.of("leader1", "billing1")) {
            Map<String, String> filters = probe.filters(user);
            System.err.println("queries: " + user + " sees " + filters.keySet());
            for (int i = 0; i < WARMUP_ROUNDS; i++) {
                probe.tasklist(user, filters);
            }
            Map<String, List<Long>> byFilter = new TreeMap<>();
            for (int i = 0; i < TASKLIST_ROUNDS; i++) {
                for (Map.Entry<String, String> filter : filters.entrySet()) {
                    long list = probe.list(user, filter.getValue());
                    long count = probe.count(user, filter.getValue());
                    byFilter.computeIfAbsent(filter.getKey() + " list", k -> new ArrayList<>()).add(list);
                    byFilter.computeIfAbsent(filter.getKey() + " count", k -> new ArrayList<>()).add(count);
                    tasklist.add(list);
                    tasklist.add(count);
                }
            }
            byFilter.forEach((call, times) -> System.err.printf("queries: %s %s p50 %.1f ms p95 %.1f ms%n", user, call,
                    Percentiles.millis(times, 0.5), Percentiles.millis(times, 0.95)));
        }
        figures.put("tasklist_p95_ms", Percentiles.millis(tasklist, 0.95));

        List<Long> sla = new ArrayList<>();
        for (int i = 0; i < WARMUP_ROUNDS + SLA_CALLS; i++) {
            long time = probe.slaBoard("manager1");
            if (i >= WARMUP_ROUNDS) {
                sla.add(time);
            }
        }
        figures.put("sla_board_p95_ms", Percentiles.millis(sla, 0.95));

        // A month inside the year: two months back, whole and full of archived tickets.
        String month = YearMonth.now(QueryData.ZONE).minusMonths(2).toString();
        List<Long> report = new ArrayList<>();
        for (int i = 0; i < 2 + REPORT_CALLS; i++) {
            long time = probe.monthlyReport("manager1", month);
            if (i >= 2) {
                report.add(time);
            }
        }
        figures.put("report_month_ms", Percentiles.millis(report, 0.5));
    }

    /** Made in a database of its own, renamed to the cache's name only when complete. */
    private void generate(String cache) throws Exception {
        String scratch = "callcentre_bench_queries_gen";
        databases.fresh(scratch);
        long start = System.nanoTime();
        ConfigurableApplicationContext context = inProcess(databases, scratch, smtpPort);
        QueryData.Made made;
        try {
            made = new QueryData(context.getBean(ProcessEngine.class), context.getBean(ComplaintService.class), 4)
                    .generate(sizes.yearTickets(), sizes.openTasks(), Instant.now());
        } finally {
            context.close();
        }
        try (Connection c = databases.connect(scratch); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE"); // as autovacuum would have, long before anyone looks
        }
        System.err.printf("queries: generated %s in %.0f s: %s%n", cache, (System.nanoTime() - start) / 1e9, made);
        databases.rename(scratch, cache);
    }

    /**
     * The product's application in this JVM on the database: the demo users, no job executor
     * (QueryData runs the due jobs itself at each step's clock), mail to the benchmark's sink.
     */
    static ConfigurableApplicationContext inProcess(BenchDatabases databases, String database, int smtpPort) {
        Map<String, String> source = databases.datasourceEnvironment(database);
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + source.get("SPRING_DATASOURCE_URL"),
                "--spring.datasource.username=" + source.get("SPRING_DATASOURCE_USERNAME"),
                "--spring.datasource.password=" + source.get("SPRING_DATASOURCE_PASSWORD"),
                "--notification.demo-mail-server.enabled=false",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.generic-properties.properties.job-executor-acquire-by-due-date=true",
                // The erasure would act on the clock QueryData moves; not part of making the data.
                "--complaint.customer-data-erasure-cron=-",
                "--logging.level.root=WARN"));
        return new SpringApplicationBuilder(Application.class).profiles("demo", "postgres")
                .run(args.toArray(String[]::new));
    }

    /**
     * {@code callcentre_bench_cache_o20000_y50000_1a2b3c4d}: the sizes and a hash of what shapes
     * the data (the migrations, the process models, the generator's version).
     */
    static String cacheName(int openTasks, int yearTickets) {
        return "callcentre_bench_cache_o" + openTasks + "_y" + yearTickets + "_" + shapesHash(GENERATOR_VERSION);
    }

    /** 8 hex digits of a hash of the migrations (PostgreSQL's too), the process models and a generator's version. */
    static String shapesHash(int generatorVersion) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Integer.toString(generatorVersion).getBytes());
            for (Path dir : List.of(Path.of("src/main/resources/db/migration"), Path.of("src/main/resources/db/postgresql"),
                    Path.of("processes"))) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.sorted().toList()) {
                        digest.update(file.getFileName().toString().getBytes());
                        digest.update(Files.readAllBytes(file));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
