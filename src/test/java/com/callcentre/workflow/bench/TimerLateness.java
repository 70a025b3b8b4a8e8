package com.callcentre.workflow.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code timer_lateness_p95_s}: while a load runs, timers fall due one by one. Every
 * {@code every} a side thread moves one seeded open order's {@code reminderTimer} to {@code ahead}
 * from now (the engine's operation, as in Cockpit); afterwards each one's lateness is the end of
 * its job (the engine's job log) minus the due date it was given, both by the node's clock.
 */
final class TimerLateness {

    /** @param moved reminders made due; @param lateness of those that ran, in the order of the job log */
    record Result(int moved, List<Duration> lateness) {

        double p95Seconds() {
            return Percentiles.millis(lateness.stream().map(Duration::toNanos).toList(), 0.95) / 1000.0;
        }
    }

    private final EngineTimers timers;
    private final Duration every;
    private final Duration ahead;

    TimerLateness(EngineTimers timers, Duration every, Duration ahead) {
        this.timers = timers;
        this.every = every;
        this.ahead = ahead;
    }

    /**
     * Runs the load while the seeds' reminders fall due (until the load ends or the seeds run
     * out), then waits (up to {@code within}) for every moved reminder to have run.
     */
    <T> Result measure(List<String> seeds, Callable<T> load, Duration within) throws Exception {
        Map<String, String> jobs = timers.timerJobs("reminderTimer", seeds);
        if (jobs.size() != seeds.size()) {
            throw new IllegalStateException(seeds.size() + " orders but " + jobs.size() + " reminder timers");
        }
        List<String> ids = new ArrayList<>(jobs.values());
        ConcurrentLinkedQueue<String> moved = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread probe = new Thread(() -> {
            long next = System.nanoTime();
            for (String id : ids) {
                if (!running.get()) {
                    return;
                }
                try {
                    timers.moveDueDate(id, Instant.now().plus(ahead));
                    moved.add(id);
                } catch (RuntimeException e) {
                    failures.add(e);
                    return;
                }
                next += every.toNanos();
                long pause = (next - System.nanoTime()) / 1_000_000;
                if (pause > 0) {
                    try {
                        Thread.sleep(pause);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "timer-probe");
        probe.start();
        try {
            load.call();
        } finally {
            running.set(false);
            probe.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("moving a reminder failed", failures.peek());
        }
        long deadline = System.nanoTime() + within.toNanos();
        List<EngineTimers.Ran> ran = timers.ran("reminderTimer", moved);
        while (ran.size() < moved.size() && System.nanoTime() < deadline) {
            Sleep.millis(500);
            ran = timers.ran("reminderTimer", moved);
        }
        return new Result(moved.size(), ran.stream().map(EngineTimers.Ran::lateness).toList());
    }
}
