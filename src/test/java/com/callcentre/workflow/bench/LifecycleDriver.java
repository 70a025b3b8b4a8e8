package com.callcentre.workflow.bench;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Staff driving complaints through the whole lifecycle over HTTP, as Tasklist and the intake
 * form do: an agent registers (POST /api/complaints), the complaint manager dispatches to
 * billing, the billing liaison claims and answers, a handler accepts the receipt, the agent
 * calls back (satisfied) and the ticket is archived. Each client answers its ticket's next task
 * as soon as it appears. Used by the benchmark (bench/run) and by the suite
 * (concurrency.LifecycleLoadTest, LifecycleDriverTest).
 */
public final class LifecycleDriver {

    static final Duration STEP_TIMEOUT = Duration.ofSeconds(120);
    private static final String[] AGENTS = {"agent1", "agent2", "agent3", "agent4"};

    private final ApiClient api;
    private final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> intakeNanos = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> completeNanos = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger conflicts = new AtomicInteger();
    /** A user reloads and tries again a few times, waiting a little longer each time. */
    private static final int MAX_ATTEMPTS = 10;
    private static final long CONFLICT_PAUSE_MS = 50;

    public LifecycleDriver(int port) {
        this.api = new ApiClient(port);
    }

    /** What a run did: its tickets (all archived), time, and every answer of 500 or above. */
    public record Result(List<String> tickets, Duration elapsed, List<String> serverErrors, int requests,
            int conflicts, double intakeP50Ms, double completeP50Ms) {

        public double ticketsPerSecond() {
            return tickets.size() / (elapsed.toNanos() / 1e9);
        }
    }

    /** {@code clients} threads share {@code tickets} lifecycles; an unexpected answer fails the run. */
    public Result run(int clients, int tickets) throws Exception {
        serverErrors.clear();
        intakeNanos.clear();
        completeNanos.clear();
        requests.set(0);
        conflicts.set(0);
        AtomicInteger next = new AtomicInteger();
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String agent = AGENTS[c % AGENTS.length];
                work.add(pool.submit(() -> {
                    while (next.getAndIncrement() < tickets) {
                        done.add(lifecycle(agent));
                    }
                    return null;
                }));
            }
            for (Future<?> client : work) {
                client.get(2, TimeUnit.HOURS);
            }
        } finally {
            pool.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Result(List.copyOf(done), elapsed, List.copyOf(serverErrors), requests.get(), conflicts.get(),
                Percentiles.millis(intakeNanos, 0.5), Percentiles.millis(completeNanos, 0.5));
    }

    /** Registers a billing complaint and dispatches it to billing: an order open in the department. */
    public String openOrder(String agent) {
        String ticketNo = register(agent);
        complete(ticketNo, "dispatch", "manager1", false,
                Map.of("departments", Map.of("value", "[\"billing\"]", "type", "Json")));
        return ticketNo;
    }

    /** One ticket from intake to archive, each step answered as soon as its task appears. */
    public String lifecycle(String agent) {
        String ticketNo = openOrder(agent);
        complete(ticketNo, "handleOrder", "billing1", true,
                Map.of("orderOutcome", Map.of("value", "RESOLVED"), "receipt", Map.of("value", "已退还多扣费用"),
                        "receiptCause", Map.of("value", "核实属实"), "receiptMeasures", Map.of("value", "已整改")));
        complete(ticketNo, "reviewReceipt", "handler1", false,
                Map.of("receiptAccepted", Map.of("value", true), "reviewComment", Map.of("value", "回单完整")));
        complete(ticketNo, "callback", agent, false,
                Map.of("callbackOutcome", Map.of("value", "SATISFIED"),
                        "problemSolved", Map.of("value", true), "callbackNote", Map.of("value", "客户满意")));
        await(ticketNo + " archived", () -> "ARCHIVED".equals(
                json(call(() -> api.get("/api/complaints/" + ticketNo, agent), 200)).path("status").asText()));
        return ticketNo;
    }

    private String register(String agent) {
        long start = System.nanoTime();
        JsonNode created;
        try {
            // Not sent twice: a registration that landed without an answer would be a second ticket.
            created = json(send(() -> api.post("/api/complaints", agent, ComplaintFixture.billingComplaint()), 201));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        intakeNanos.add(System.nanoTime() - start);
        return created.path("ticketNo").asText();
    }

    /**
     * Finds the task, claims it if asked, completes it. A 409 (a timer or mail job changed the
     * ticket in the same moment: 请刷新后再试) is what a user answers by reloading and trying again
     * a moment later, and so does the client; it is counted, not failed. A completion whose
     * connection broke before an answer came may have landed: the task is looked up again.
     */
    private void complete(String ticketNo, String key, String user, boolean claim, Map<String, Object> variables) {
        for (int attempt = 1; ; attempt++) {
            String[] taskId = new String[1];
            await(ticketNo + " " + key, () -> {
                JsonNode tasks = json(call(() -> api.get("/engine-rest/task?processInstanceBusinessKey=" + ticketNo
                        + "&taskDefinitionKey=" + key, user), 200));
                taskId[0] = tasks.size() == 1 ? tasks.get(0).path("id").asText() : null;
                return taskId[0] != null;
            });
            long start = System.nanoTime();
            int status;
            if (claim && status(call(() -> api.post("/engine-rest/task/" + taskId[0] + "/claim", user,
                    Map.of("userId", user)), 204, 409)) == 409) {
                status = 409;
            } else {
                try {
                    status = status(send(() -> api.post("/engine-rest/task/" + taskId[0] + "/complete", user,
                            Map.of("variables", variables)), 204, 409));
                } catch (IOException brokenConnection) {
                    if (status(call(() -> api.get("/engine-rest/task/" + taskId[0], user), 200, 404)) == 404) {
                        return;
                    }
                    status = 409;
                }
            }
            if (status == 204) {
                completeNanos.add(System.nanoTime() - start);
                return;
            }
            conflicts.incrementAndGet();
            if (attempt >= MAX_ATTEMPTS) {
                throw new IllegalStateException(ticketNo + " " + key + ": 409 " + MAX_ATTEMPTS + " times");
            }
            Sleep.millis(CONFLICT_PAUSE_MS * attempt);
        }
    }

    private static int status(HttpResponse<String> response) {
        return response.statusCode();
    }

    /**
     * An HTTP call whose answer must be this status; a 5xx is recorded first. A read whose
     * pooled connection the server had closed is sent again on a new one.
     */
    private HttpResponse<String> call(HttpCall call, int... expected) {
        for (int attempt = 1; ; attempt++) {
            try {
                return send(call, expected);
            } catch (IOException e) {
                if (attempt >= 3) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** One HTTP call; a broken connection is the caller's to handle. */
    private HttpResponse<String> send(HttpCall call, int... expected) throws IOException {
        HttpResponse<String> response;
        try {
            response = call.send();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        requests.incrementAndGet();
        if (response.statusCode() >= 500) {
            serverErrors.add(response.statusCode() + " " + response.request().uri() + " " + response.body());
        }
        if (Arrays.stream(expected).noneMatch(status -> status == response.statusCode())) {
            throw new IllegalStateException("expected " + Arrays.toString(expected) + ": " + response.statusCode() + " "
                    + response.request().method() + " " + response.request().uri() + " " + response.body());
        }
        return response;
    }

    private interface HttpCall {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return ApiClient.JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls at once, then every few milliseconds: a client that answers as soon as it can. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        long pause = 5;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Sleep.millis(pause);
            pause = Math.min(pause * 2, 50);
        }
    }
}
