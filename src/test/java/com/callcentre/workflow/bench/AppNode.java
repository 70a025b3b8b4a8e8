package com.callcentre.workflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application as production runs it: the built jar in a JVM of its own with the production
 * heap setting ({@link #PRODUCTION_JVM}, docs/operations.md), on a PostgreSQL database, its job
 * executor on, mailing the benchmark's SMTP catcher. The demo profile is on for its users
 * (agent1, manager1, billing1, ...); its own SMTP catcher is off. Startup is timed from the
 * process's start to {@code /actuator/health/readiness}; peak memory is the kernel's VmHWM.
 */
final class AppNode implements AutoCloseable {

    /**
     * The JVM settings production is documented with (docs/operations.md, docs/performance.md): a
     * 512 MB heap and the serial collector, which on 2 cores keeps the process about 300 MB smaller
     * than G1 for the same work and the same CPU per ticket.
     */
    static final List<String> PRODUCTION_JVM = List.of("-Xmx512m", "-XX:+UseSerialGC");
    static final Duration READY_WITHIN = Duration.ofMinutes(5);

    private final String name;
    private final int port;
    private final Process process;
    private final long startedNanos = System.nanoTime();
    private Duration startup;

    private AppNode(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /**
     * @param environment the datasource (BenchDatabases.datasourceEnvironment)
     * @param properties  Spring properties on top of the product's own (e.g. Camunda's defaults)
     */
    static AppNode start(String name, Path jar, Map<String, String> environment, int smtpPort,
            Map<String, String> properties) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(PRODUCTION_JVM);
        // BENCH_NODE_OPTIONS: JVM options for a look inside, e.g. a flight recording of each node
        // (-XX:StartFlightRecording=filename=target/bench/{name}.jfr,settings=profile).
        String extra = System.getenv("BENCH_NODE_OPTIONS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.replace("{name}", name).trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
                "--spring.profiles.active=demo,postgres",
                "--notification.demo-mail-server.enabled=false",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort));
        // A property named twice on the command line would be read as "a,b": the default only if not given.
        if (!properties.containsKey("camunda.bpm.job-execution.enabled")) {
            command.add("--camunda.bpm.job-execution.enabled=true");
        }
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Path log = Path.of("target", "bench", name + ".log");
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return new AppNode(name, port, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for readiness (database reachable, job executor acquiring); the time it took is startup. */
    AppNode awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = startedNanos + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " ended with " + process.exitValue()
                        + "; see target/bench/" + name + ".log");
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    startup = Duration.ofNanos(System.nanoTime() - startedNanos);
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Sleep.millis(100);
        }
        throw new IllegalStateException("node " + name + " not ready within " + READY_WITHIN);
    }

    Duration startup() {
        return startup;
    }

    int port() {
        return port;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Peak resident memory of the process since its start, in MiB (VmHWM; Linux only). */
    long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException e) {
            // not Linux: no figure
        }
        return -1;
    }

    /** CPU time the process has used (user + system), in seconds; -1 where /proc is not there. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (USER_HZ = 100).
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
