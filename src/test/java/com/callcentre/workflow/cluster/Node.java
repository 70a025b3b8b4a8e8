package com.callcentre.workflow.cluster;

import com.callcentre.workflow.notification.TestSmtp;
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
 * One node of the centre's application in a JVM of its own, as production runs it behind a load
 * balancer: the test's classpath, the test's profiles, the database and SMTP server the test
 * names, its job executor on. Ready when {@code /actuator/health/readiness} says so; stopped
 * gracefully ({@link #stop}) or killed as {@code kill -9} does ({@link #kill}). Its log is
 * {@code target/nodes/<name>.log}.
 */
public final class Node {

    static final Duration READY_WITHIN = Duration.ofMinutes(4);

    private final String name;
    private final int port;
    private final Process process;

    private Node(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    public static Node start(String name, Map<String, String> properties) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-cp", classpath(),
                // The node mails the test's SMTP server, wherever this JVM put it.
                "-D" + TestSmtp.PROPERTY + "=" + TestSmtp.PORT,
                "-Duser.timezone=" + java.util.TimeZone.getDefault().getID(),
                "com.callcentre.workflow.Application", "--server.port=" + port,
                "--spring.profiles.active=" + System.getProperty("spring.profiles.active", "demo,test"),
                "--camunda.bpm.job-execution.enabled=true"));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Path log = Path.of("target", "nodes", name + ".log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new Node(name, port, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node says it is ready: database reachable, job executor acquiring. */
    public Node awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " ended with " + process.exitValue()
                        + "; see target/nodes/" + name + ".log");
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Node " + name + " not ready within " + READY_WITHIN);
    }

    public int port() {
        return port;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** SIGKILL: no shutdown hook, no job unlocked, as when the machine dies. */
    void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM: the graceful shutdown of an operator's stop. */
    public void stop() {
        process.destroy();
        waitFor();
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The test's classpath, each entry once: Surefire hands its JVM a manifest-only jar whose
     * Class-Path lists the entries, some of which may stand on the command line too; a folder
     * seen twice would deploy every model twice.
     */
    static String classpath() {
        java.util.LinkedHashSet<String> entries = new java.util.LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(entry)) {
                    String listed = jar.getManifest().getMainAttributes().getValue("Class-Path");
                    for (String url : listed == null ? new String[0] : listed.trim().split("\\s+")) {
                        entries.add(canonical(Path.of(URI.create(url)).toString()));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                entries.add(canonical(entry));
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static String canonical(String path) {
        try {
            return new java.io.File(path).getCanonicalPath();
        } catch (IOException e) {
            return path;
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
