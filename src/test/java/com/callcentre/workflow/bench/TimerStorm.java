package com.callcentre.workflow.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code timer_storm_s}: open department orders whose resolve limit passes at one moment D. Their
 * {@code breachTimer} jobs are moved to D in one transaction (the documented shortcut of
 * {@link EngineTimers#moveDueDates}: Cockpit's change of due date one job at a time through REST
 * takes longer than the storm), D a few seconds ahead; then the node escalates
 * them all by itself. The figure is the last escalation's job end (the engine's job log) minus
 * D; an order counts as escalated when its {@code superviseLevel1} task exists and its level-1
 * mail is in the outbox ({@link EngineTimers#escalated}).
 */
final class TimerStorm {

    private static final String[] AGENTS = {"agent1", "agent2", "agent3", "agent4"};

    /**
     * @param orders    orders made due at D
     * @param escalated of them, escalated when the wait ended
     * @param seconds   D until the last escalation's job ended (NaN if none ran)
     * @param movedLate jobs moved only after D (D chosen too near): all or none
     * @param moving    how long moving the due dates took
     */
    record Result(int orders, int escalated, double seconds, int movedLate, Duration moving) {
    }

    private final EngineTimers timers;
    private final int clients;

    TimerStorm(EngineTimers timers, int clients) {
        this.timers = timers;
        this.clients = clients;
    }

    /** {@code n} billing complaints dispatched, their orders open, by {@code clients} agents at once. */
    static List<String> openOrders(LifecycleDriver driver, int clients, int n) throws Exception {
        List<String> tickets = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String agent = AGENTS[c % AGENTS.length];
                work.add(pool.submit(() -> {
                    while (next.getAndIncrement() < n) {
                        tickets.add(driver.openOrder(agent));
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
        return List.copyOf(tickets);
    }

    /** Waits (up to {@code within}) until the node has no async job left: the orders' dispatch mail sent. */
    void awaitQuiet(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (timers.messageJobs() > 0 && System.nanoTime() < deadline) {
            Sleep.millis(500);
        }
    }

    /**
     * Makes the breach timers of these tickets' orders due at one moment {@code margin} from now
     * and waits (up to {@code within}) until every order is escalated.
     */
    Result run(List<String> tickets, Duration margin, Duration within) throws Exception {
        Map<String, String> jobs = timers.timerJobs("breachTimer", tickets);
        if (jobs.size() != tickets.size()) {
            throw new IllegalStateException(tickets.size() + " orders but " + jobs.size() + " breach timers");
        }
        Instant due = Instant.now().plus(margin);
        List<String> ids = new ArrayList<>(jobs.values());
        long start = System.nanoTime();
        timers.moveDueDates(ids, due);
        Duration moving = Duration.ofNanos(System.nanoTime() - start);
        int late = Instant.now().isAfter(due) ? ids.size() : 0;
        LocalDateTime dueOnNode = timers.dueDate(ids.get(0));
        long deadline = System.nanoTime() + within.toNanos();
        Set<String> escalated = timers.escalated(tickets);
        while (escalated.size() < tickets.size() && System.nanoTime() < deadline) {
            Sleep.millis(500);
            escalated = timers.escalated(tickets);
        }
        double seconds = timers.ran("breachTimer", ids).stream().map(EngineTimers.Ran::finished)
                .max(Comparator.naturalOrder()).map(last -> Duration.between(dueOnNode, last).toMillis() / 1000.0)
                .orElse(Double.NaN);
        return new Result(tickets.size(), escalated.size(), seconds, late, moving);
    }
}
