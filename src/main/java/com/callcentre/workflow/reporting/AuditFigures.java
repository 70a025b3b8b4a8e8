package com.callcentre.workflow.reporting;

import com.callcentre.workflow.quality.AuditResults.AuditResult;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The daily audit's verdicts of a period (CP-8 检验审核, RP-1), counted in total, per handler (who
 * reviewed the receipt) and per owner (the first-contact agent): the tickets audited and how many
 * failed. A verdict counts in the period it was given.
 *
 * @param audited  tickets audited in the period
 * @param failed   of those, failed (不合格)
 * @param handlers per handler, most failures first; {@code person} null for tickets nobody reviewed
 * @param owners   per owner, most failures first
 */
record AuditFigures(long audited, long failed, List<Person> handlers, List<Person> owners) {

    /** One person's audited tickets and failures. */
    record Person(String person, long audited, long failed) {
    }

    static AuditFigures of(List<AuditResult> results) {
        return new AuditFigures(results.size(), results.stream().filter(AuditResult::failed).count(),
                perPerson(results, AuditResult::handler), perPerson(results, AuditResult::owner));
    }

    private static List<Person> perPerson(List<AuditResult> results, Function<AuditResult, String> who) {
        Map<String, long[]> counts = new HashMap<>();
        for (AuditResult result : results) {
            long[] count = counts.computeIfAbsent(who.apply(result), k -> new long[2]);
            count[0]++;
            count[1] += result.failed() ? 1 : 0;
        }
        return counts.entrySet().stream().map(e -> new Person(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(Person::failed).reversed()
                        .thenComparing(Comparator.comparingLong(Person::audited).reversed())
                        .thenComparing(Person::person, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
