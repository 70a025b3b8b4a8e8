package com.callcentre.workflow.reporting;

import com.callcentre.workflow.complaint.PeriodRecords.Work;
import com.callcentre.workflow.quality.ListeningResults;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What each person did in a period (CP-8, RP-1), one row per person who did anything: receipts
 * reviewed (complaint handlers, the trail's {@code reviewReceipt}), orders answered (department
 * liaisons, {@code handleOrder}), callbacks made by the customer's answer (agents, {@code callback})
 * the daily audit's verdicts on their tickets as handler and as owner ({@link AuditFigures}), and
 * an agent's quality listenings of calls in the period with their average score (QA-1).
 * Staff by user id and name; never a customer.
 */
final class PeopleFigures {

    /**
     * One person's figures.
     *
     * @param person   the user id
     * @param name     as colleagues know them ({@code identity.StaffNames}); the id for a user since removed
     * @param reviews  receipts reviewed: accepted, rejected (back to the departments), referred to the manager (CP-4)
     * @param orders   orders answered: receipts (RESOLVED) and send-backs (SENT_BACK); questions to the customer are no answer
     * @param callbacks callbacks made, by the customer's answer (CP-7) or the referral to the duty leader (CP-11)
     * @param asHandler the daily audit's verdicts on the tickets whose receipt they reviewed
     * @param asOwner   the daily audit's verdicts on the tickets they own (CP-2)
     * @param quality   the quality inspectors' listenings of their calls in the period, with the average score (QA-1)
     */
    record Person(String person, String name, Reviews reviews, Orders orders, Callbacks callbacks, Audited asHandler,
            Audited asOwner, Quality quality) {
    }

    /** Listenings scored (质检抽听) and their average total, 0-100; {@code null} without one. */
    record Quality(long listened, java.math.BigDecimal average) {
    }

    record Reviews(long total, long accepted, long rejected, long referred) {
    }

    record Orders(long total, long resolved, long sentBack) {
    }

    record Callbacks(long total, long satisfied, long unsatisfied, long unreachable, long difficultCustomer) {
    }

    record Audited(long audited, long failed) {
    }

    private PeopleFigures() {
    }

    /** People in user id order. */
    static List<Person> of(List<Work> work, AuditFigures audits, Map<String, ListeningResults.AgentScore> listenings,
            Function<java.util.Collection<String>, Map<String, String>> names) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Work w : work) {
            long[] c = counts.computeIfAbsent(w.actor(), k -> new long[COUNTS]);
            String outcome = String.valueOf(w.outcome());
            switch (w.step()) {
                case "reviewReceipt" -> c[switch (outcome) {
                    case "true" -> ACCEPTED;
                    case "REFERRED" -> REFERRED;
                    default -> REJECTED;
                }]++;
                case "handleOrder" -> {
                    if ("RESOLVED".equals(outcome)) {
                        c[RESOLVED]++;
                    } else if ("SENT_BACK".equals(outcome)) {
                        c[SENT_BACK]++;
                    }
                }
                case "callback" -> {
                    int index = switch (outcome) {
                        case "SATISFIED" -> SATISFIED;
                        case "UNSATISFIED" -> UNSATISFIED;
                        case "UNREACHABLE" -> UNREACHABLE;
                        case "DIFFICULT_CUSTOMER" -> DIFFICULT;
                        default -> -1; // the model accepts no other outcome
                    };
                    if (index >= 0) {
                        c[index]++;
                    }
                }
                default -> { } // PeriodRecords#work reads no other step
            }
        }
        audits.handlers().stream().filter(p -> p.person() != null).forEach(p -> audit(counts, p, HANDLER_AUDITED));
        audits.owners().stream().filter(p -> p.person() != null).forEach(p -> audit(counts, p, OWNER_AUDITED));
        listenings.keySet().forEach(agent -> counts.computeIfAbsent(agent, k -> new long[COUNTS]));
        // A liaison who only asked the customer something answered nothing: no row of their own.
        counts.entrySet().removeIf(e -> !listenings.containsKey(e.getKey())
                && java.util.Arrays.stream(e.getValue()).allMatch(n -> n == 0));
        Map<String, String> known = names.apply(counts.keySet());
        List<Person> people = new ArrayList<>();
        counts.forEach((person, c) -> people.add(new Person(person, known.getOrDefault(person, person),
                new Reviews(c[ACCEPTED] + c[REJECTED] + c[REFERRED], c[ACCEPTED], c[REJECTED], c[REFERRED]),
                new Orders(c[RESOLVED] + c[SENT_BACK], c[RESOLVED], c[SENT_BACK]),
                new Callbacks(c[SATISFIED] + c[UNSATISFIED] + c[UNREACHABLE] + c[DIFFICULT], c[SATISFIED],
                        c[UNSATISFIED], c[UNREACHABLE], c[DIFFICULT]),
                new Audited(c[HANDLER_AUDITED], c[HANDLER_AUDITED + 1]),
                new Audited(c[OWNER_AUDITED], c[OWNER_AUDITED + 1]), quality(listenings.get(person)))));
        people.sort(Comparator.comparing(Person::person));
        return people;
    }

    private static Quality quality(ListeningResults.AgentScore score) {
        return score == null ? new Quality(0, null) : new Quality(score.listened(), score.average());
    }

    private static void audit(Map<String, long[]> counts, AuditFigures.Person p, int at) {
        long[] c = counts.computeIfAbsent(p.person(), k -> new long[COUNTS]);
        c[at] += p.audited();
        c[at + 1] += p.failed();
    }

    private static final int ACCEPTED = 0;
    private static final int REJECTED = 1;
    private static final int REFERRED = 2;
    private static final int RESOLVED = 3;
    private static final int SENT_BACK = 4;
    private static final int SATISFIED = 5;
    private static final int UNSATISFIED = 6;
    private static final int UNREACHABLE = 7;
    private static final int DIFFICULT = 8;
    /** Audited, then failed. */
    private static final int HANDLER_AUDITED = 9;
    private static final int OWNER_AUDITED = 11;
    private static final int COUNTS = 13;
}
