package com.callcentre.workflow.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Counts one group's figures in one pass; tickets and callbacks as sets, so each counts once. */
final class Tally {

    private final Set<String> received = new HashSet<>();
    private long dispatched;
    private long sentBack;
    private long answered;
    private long answeredInTime;
    private long due;
    private final long[] breachedAtLevel = new long[4];
    private final Set<Long> satisfied = new HashSet<>();
    private final Set<Long> unsatisfied = new HashSet<>();
    private final Set<Long> unreachable = new HashSet<>();
    private final List<Long> answerMillis = new ArrayList<>();

    void received(String ticketNo) {
        received.add(ticketNo);
    }

    void dispatched() {
        dispatched++;
    }

    void sentBack() {
        sentBack++;
    }

    void answered(Instant openedAt, Instant answeredAt, boolean inTime) {
        answered++;
        if (inTime) {
            answeredInTime++;
        }
        answerMillis.add(Duration.between(openedAt, answeredAt).toMillis());
    }

    void due(boolean breached, int escalationLevel) {
        due++;
        if (breached) {
            // The model escalates to level 3 at most; a longer chain would still count as 3.
            breachedAtLevel[Math.min(Math.max(escalationLevel, 0), 3)]++;
        }
    }

    void callback(long id, String outcome) {
        switch (String.valueOf(outcome)) {
            case "SATISFIED" -> satisfied.add(id);
            case "UNSATISFIED" -> unsatisfied.add(id);
            case "UNREACHABLE" -> unreachable.add(id);
            default -> { } // the model accepts no other outcome
        }
    }

    Figures figures() {
        long breached = breachedAtLevel[0] + breachedAtLevel[1] + breachedAtLevel[2] + breachedAtLevel[3];
        return new Figures(received.size(), dispatched, sentBack, answered, answeredInTime, due,
                new Figures.Breaches(breached, breachedAtLevel[0], breachedAtLevel[1], breachedAtLevel[2],
                        breachedAtLevel[3]),
                due == 0 ? null : oneDecimal(100.0 * breached / due),
                new Figures.Callbacks(satisfied.size() + unsatisfied.size() + unreachable.size(), satisfied.size(),
                        unsatisfied.size(), unreachable.size()),
                hoursToAnswer());
    }

    private Figures.HoursToAnswer hoursToAnswer() {
        if (answerMillis.isEmpty()) {
            return new Figures.HoursToAnswer(null, null);
        }
        List<Long> sorted = answerMillis.stream().sorted().toList();
        double average = sorted.stream().mapToLong(Long::longValue).average().orElseThrow();
        // Nearest rank: the smallest value that at least 90% of the answers do not exceed.
        long p90 = sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
        return new Figures.HoursToAnswer(oneDecimal(hours(average)), oneDecimal(hours(p90)));
    }

    private static double hours(double millis) {
        return millis / 3_600_000.0;
    }

    static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
