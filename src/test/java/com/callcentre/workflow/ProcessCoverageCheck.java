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
        Map<String, String> newestModel = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.exists(reports) ? Files.walk(reports) : Stream.empty()) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
                JsonNode report = json.readTree(file.toFile());
                // The newest model of a key is the one with the most elements; older versions count less.
                report.path("models").forEach(m -> {
                    String key = m.path("key").asText();
                    int count = m.path("totalElementCount").asInt();
                    if (count >= totals.getOrDefault(key, 0)) {
                        totals.put(key, count);
                        newestModel.put(key, m.path("xml").asText());
                    }
                });
                report.path("suites").forEach(suite -> suite.path("runs").forEach(run -> run.path("events")
                        .forEach(e -> covered.computeIfAbsent(e.path("modelKey").asText(), k -> new TreeSet<>())
                                .add(e.path("definitionKey").asText()))));
            }
        }
        boolean failed = false;
        for (var process : totals.entrySet()) {
            int total = process.getValue();
            // Only elements of the newest model count: a stale report of an older model may name others.
            String xml = newestModel.getOrDefault(process.getKey(), "");
            int hit = (int) covered.getOrDefault(process.getKey(), Set.of()).stream()
                    .filter(id -> xml.contains("id=\"" + id + "\"")).count();
            double coverage = total == 0 ? 1.0 : (double) hit / total;
            boolean ok = coverage >= minimum;
            failed |= !ok;
            System.out.printf("Process coverage %-22s %3d of %3d flow nodes and sequence flows = %5.1f%% %s%n",
                    process.getKey(), Math.min(hit, total), total, 100 * coverage,
                    ok ? "(minimum " + Math.round(100 * minimum) + "%)" : "BELOW THE MINIMUM OF " + Math.round(100 * minimum) + "%");
        }
        if (totals.isEmpty()) {
            // The suite has process tests: no report means the coverage listener did not run.
            throw new IllegalStateException("No process coverage reports under " + reports);
        }
        if (failed) {
            // An exception, not System.exit: this runs inside Maven's JVM and must fail the build, not end it.
            throw new IllegalStateException("Process test coverage is below " + minimum);
        }
    }
}
