package com.callcentre.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The build's process coverage gate: after the tests, merges the coverage reports of all test
 * classes (process-test-coverage writes one per class under {@code target/process-test-coverage})
 * and fails when a process's flow nodes and sequence flows are covered less than the minimum.
 * Per class would be wrong: several focused classes together test one process.
 * <p>
 * Run by Maven in the {@code test} phase (pom.xml); {@code -Dprocess-coverage.skip} skips it
 * when running single tests.
 */
public final class ProcessCoverageCheck {

    private ProcessCoverageCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path reports = Path.of(args[0]);
        double minimum = Double.parseDouble(args[1]);
        Map<String, Set<String>> covered = new TreeMap<>();
        Map<String, Integer> totals = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.exists(reports) ? Files.walk(reports) : Stream.empty()) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
                JsonNode report = json.readTree(file.toFile());
                // The newest model of a key has the most elements we know of; older versions count less.
                report.path("models").forEach(m -> totals.merge(m.path("key").asText(),
                        m.path("totalElementCount").asInt(), Math::max));
                report.path("suites").forEach(suite -> suite.path("runs").forEach(run -> run.path("events")
                        .forEach(e -> covered.computeIfAbsent(e.path("modelKey").asText(), k -> new TreeSet<>())
                                .add(e.path("definitionKey").asText()))));
            }
        }
        boolean failed = false;
        for (var process : totals.entrySet()) {
            int total = process.getValue();
            int hit = covered.getOrDefault(process.getKey(), Set.of()).size();
            double coverage = total == 0 ? 1.0 : (double) hit / total;
            boolean ok = coverage >= minimum;
            failed |= !ok;
            System.out.printf("Process coverage %-22s %3d of %3d flow nodes and sequence flows = %5.1f%% %s%n",
                    process.getKey(), Math.min(hit, total), total, 100 * coverage,
                    ok ? "(minimum " + Math.round(100 * minimum) + "%)" : "BELOW THE MINIMUM OF " + Math.round(100 * minimum) + "%");
        }
        if (totals.isEmpty()) {
            System.out.println("Process coverage: no reports under " + reports + " (no process tests ran)");
        }
        if (failed) {
            // An exception, not System.exit: this runs inside Maven's JVM and must fail the build, not end it.
            throw new IllegalStateException("Process test coverage is below " + minimum);
        }
    }
}
