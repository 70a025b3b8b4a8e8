package com.callcentre.workflow.bench;

import com.callcentre.workflow.complaint.SearchVolume;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code search_p95_ms} (issue 16, {@code --only=search}): {@code GET /api/tickets} with
 * {@code search_tickets} tickets of a year, each shape staff use (a supervisor's, an agent's, a
 * liaison's; first and a later page), and a manager's CSV ({@code search_csv_p95_ms}). The data is
 * made once per size and per version of the migrations ({@link SearchData}) and kept as a database;
 * each run measures a copy of it on a web node.
 */
final class SearchBench {

    /** Raised when SearchData changes what it makes. */
    static final int GENERATOR_VERSION = 1;
    static final int LATER_PAGE = 50;
    static final int WARMUP_ROUNDS = 3;
    static final int ROUNDS = 20;
    static final int CSV_ROUNDS = 8;

    /** One search as a user makes it; {@code query} URL-encoded. */
    record Shape(String name, String user, String query) {
    }

    private final BenchDatabases databases;
    private final Path jar;
    private final int smtpPort;
    private final Sizes sizes;
    private final Figures figures;

    SearchBench(BenchDatabases databases, Path jar, int smtpPort, Sizes sizes, Figures figures) {
        this.databases = databases;
        this.jar = jar;
        this.smtpPort = smtpPort;
        this.sizes = sizes;
        this.figures = figures;
    }

    void run() throws Exception {
        String cache = "callcentre_bench_search_t" + sizes.searchTickets() + "_"
                + QueriesBench.shapesHash(GENERATOR_VERSION);
        generateUnlessCached(cache);
        // The generator is deterministic: its frequent caller's number is the same in the cache.
        String frequentPhone = new SearchData(null, null, PREFIX, PHONE_PREFIX, SEED).phone(0);
        String database = "callcentre_bench_search";
        databases.copy(cache, database);
        try (AppNode node = AppNode.start("search", jar, databases.datasourceEnvironment(database), smtpPort,
                Map.of("camunda.bpm.job-execution.enabled", "false"))) {
            node.awaitReady();
            measure(new SearchProbe(node.port()), shapes(frequentPhone, LATER_PAGE));
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                databases.drop(database);
            }
        }
    }

    /**
     * The searches measured: a supervisor's (duty leader: everything) without a filter, by status, by
     * category in a month, by department, by a common and a rare word; an agent's own (owner=me) and
     * a caller's by phone; a liaison's (billing: their department's tickets); first and later pages.
     */
    static List<Shape> shapes(String frequentPhone, int laterPage) {
        YearMonth month = YearMonth.now(QueryData.ZONE).minusMonths(2);
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        return List.of(
                new Shape("supervisor_all", "leader1", ""),
                new Shape("supervisor_all_later_page", "leader1", "page=" + laterPage),
                new Shape("supervisor_status", "leader1", "status=AT_DEPARTMENTS"),
                new Shape("supervisor_category_month", "leader1", "category=BILLING&from=" + from + "&to=" + to),
                new Shape("supervisor_department", "leader1", "department=network"),
                new Shape("supervisor_department_later_page", "leader1", "department=network&page=" + laterPage),
                new Shape("supervisor_text_common", "leader1", "text=" + encoded(SearchData.COMMON_WORD)),
                new Shape("supervisor_text_rare", "leader1", "text=" + encoded(SearchData.RARE_WORD)),
                new Shape("agent_mine", "agent1", "owner=me"),
                new Shape("agent_mine_later_page", "agent1", "owner=me&page=" + laterPage),
                new Shape("agent_phone", "agent2", "phone=" + frequentPhone),
                new Shape("liaison", "billing1", ""),
                new Shape("liaison_later_page", "billing1", "page=" + laterPage));
    }

    /** The manager's export: every ticket (the first 10,000, newest first). */
    static Shape csvShape() {
        return new Shape("manager_csv", "manager1", "");
    }

    void measure(SearchProbe probe, List<Shape> shapes) {
        Map<Shape, List<Long>> times = new LinkedHashMap<>();
        Map<Shape, SearchProbe.Answer> last = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>();
        for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
            for (Shape shape : shapes) {
                SearchProbe.Answer answer = probe.search(shape.user(), shape.query());
                last.put(shape, answer);
                if (round >= WARMUP_ROUNDS) {
                    times.computeIfAbsent(shape, s -> new ArrayList<>()).add(answer.nanos());
                    all.add(answer.nanos());
                }
            }
        }
        times.forEach((shape, list) -> {
            System.err.printf("search: %s (%s %s) total %d, p50 %.1f ms p95 %.1f ms%n", shape.name(), shape.user(),
                    shape.query(), last.get(shape).total(), Percentiles.millis(list, 0.5), Percentiles.millis(list, 0.95));
            figures.put("search_" + shape.name() + "_p95_ms", Percentiles.millis(list, 0.95));
        });
        figures.put("search_p95_ms", Percentiles.millis(all, 0.95));
        figures.put("search_p50_ms", Percentiles.millis(all, 0.5));

        Shape csv = csvShape();
        List<Long> csvTimes = new ArrayList<>();
        SearchProbe.Answer answer = null;
        for (int i = 0; i < 2 + CSV_ROUNDS; i++) {
            answer = probe.csv(csv.user(), csv.query());
            if (i >= 2) {
                csvTimes.add(answer.nanos());
            }
        }
        System.err.printf("search: %s rows %d of %d, p50 %.1f ms%n", csv.name(), answer.rows(), answer.total(),
                Percentiles.millis(csvTimes, 0.5));
        figures.put("search_csv_p95_ms", Percentiles.millis(csvTimes, 0.95));
        figures.put("search_csv_rows", answer.rows());
    }

    /** The cached database, made in a database of its own and renamed only when complete. */
    private void generateUnlessCached(String cache) throws Exception {
        if (databases.exists(cache)) {
            System.err.println("search: data from the cache " + cache);
            return;
        }
        SearchData.Made made;
        String scratch = "callcentre_bench_search_gen";
        databases.fresh(scratch);
        long start = System.nanoTime();
        ConfigurableApplicationContext context = QueriesBench.inProcess(databases, scratch, smtpPort);
        try {
            made = new SearchData(SearchVolume.of(context),
                    new TransactionTemplate(context.getBean(PlatformTransactionManager.class)), PREFIX, PHONE_PREFIX, SEED)
                    .generate(sizes.searchTickets(), Instant.now());
        } finally {
            context.close();
        }
        try (Connection c = databases.connect(scratch); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
        System.err.printf("search: generated %s in %.0f s: %s%n", cache, (System.nanoTime() - start) / 1e9, made);
        databases.rename(scratch, cache);
    }

    static final String PREFIX = "SB";
    static final String PHONE_PREFIX = "139";
    static final long SEED = 16;

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
