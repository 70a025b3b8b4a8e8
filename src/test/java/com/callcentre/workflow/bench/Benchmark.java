package com.callcentre.workflow.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * bench/run's main (issue 14, docs/performance.md): measures the product from outside and prints
 * {@code key=value} figures, then the sizes used. Arguments: {@code --quick}, {@code --only=a,b}
 * (parts: lifecycle, storm, queries, search), {@code --no-default} (while tuning: no default-configured run).
 */
public final class Benchmark {

    static final List<String> PARTS = List.of("lifecycle", "storm", "queries", "search");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        Sizes sizes = (arguments.contains("--quick") ? Sizes.QUICK : Sizes.FULL).with(arguments);
        Set<String> parts = Set.copyOf(arguments.stream().filter(a -> a.startsWith("--only=")).findFirst()
                .map(a -> Arrays.asList(a.substring("--only=".length()).split(","))).orElse(PARTS));
        Path jar = Path.of(System.getProperty("bench.jar", "target/callcentre-workflow-0.1.0-SNAPSHOT.jar"));
        BenchDatabases databases = BenchDatabases.fromEnvironment();
        Figures figures = new Figures(System.out);
        try (SmtpSink smtp = new SmtpSink()) {
            int smtpPort = smtp.port();
            if (parts.contains("lifecycle")) {
                new LifecycleBench(databases, jar, smtpPort, sizes, figures, !arguments.contains("--no-default")).run();
            }
            if (parts.contains("storm")) {
                new StormBench(databases, jar, smtpPort, sizes, figures).run();
            }
            if (parts.contains("queries")) {
                new QueriesBench(databases, jar, smtpPort, sizes, figures).run();
            }
            if (parts.contains("search")) {
                new SearchBench(databases, jar, smtpPort, sizes, figures).run();
            }
        }
        System.out.println(sizes.describe() + " cores=" + Runtime.getRuntime().availableProcessors());
        System.exit(0);
    }
}
