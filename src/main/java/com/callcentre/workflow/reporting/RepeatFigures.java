package com.callcentre.workflow.reporting;

import com.callcentre.workflow.complaint.PeriodRecords.Received;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The repeat-complaint rate of a period (issue 15, CP-8): of the tickets received in the period, those
 * the agent registered as a repeat of an earlier one ({@code repeatOf} at intake), per category and in
 * total. Counted from the same rows as {@code received}, so both agree; a ticket counts once however
 * many departments it went to.
 *
 * @param received   tickets received in the period
 * @param repeats    of those, repeats
 * @param rate       repeats / received in percent, one decimal; null when nothing was received
 * @param categories every category of the intake form, then any other that has tickets
 */
record RepeatFigures(long received, long repeats, Double rate, List<Category> categories) {

    record Category(String category, String categoryName, long received, long repeats, Double rate) {
    }

    static RepeatFigures of(List<Received> rows, CategoryNames names) {
        Map<String, Set<String>> received = new LinkedHashMap<>();
        Map<String, Set<String>> repeats = new LinkedHashMap<>();
        names.all().keySet().forEach(code -> {
            received.put(code, new HashSet<>());
            repeats.put(code, new HashSet<>());
        });
        for (Received r : rows) {
            received.computeIfAbsent(r.category(), k -> new HashSet<>()).add(r.ticketNo());
            if (r.repeat()) {
                repeats.computeIfAbsent(r.category(), k -> new HashSet<>()).add(r.ticketNo());
            }
        }
        List<Category> categories = new ArrayList<>();
        long allReceived = 0;
        long allRepeats = 0;
        for (Map.Entry<String, Set<String>> e : received.entrySet()) {
            long repeated = repeats.getOrDefault(e.getKey(), Set.of()).size();
            categories.add(new Category(e.getKey(), names.nameOf(e.getKey()), e.getValue().size(), repeated,
                    rate(repeated, e.getValue().size())));
            allReceived += e.getValue().size();
            allRepeats += repeated;
        }
        return new RepeatFigures(allReceived, allRepeats, rate(allRepeats, allReceived), categories);
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Tally.oneDecimal(100.0 * part / whole);
    }
}
