package com.callcentre.workflow.handover;

import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.ShownText;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The handover's words on the forms (HO-1, HO-5): the numbered snapshot, and the items an incoming names. */
final class HandoverTexts {

    private HandoverTexts() {
    }

    /** The snapshot as the forms show it, grouped by kind, each item numbered; typed text as typed. */
    static String snapshot(List<Handover.Item> items) {
        return snapshot(items, List.of(Handover.Kind.values()));
    }

    /** The snapshot with only these kinds' sections (an agent's handover: their tickets). */
    static String snapshot(List<Handover.Item> items, List<Handover.Kind> kinds) {
        StringBuilder text = new StringBuilder();
        for (Handover.Kind kind : kinds) {
            List<Handover.Item> ofKind = items.stream().filter(i -> i.kind() == kind).toList();
            text.append("#### ").append(kind.label()).append("（").append(ofKind.size()).append("）\n");
            if (ofKind.isEmpty()) {
                text.append("无\n");
            }
            for (Handover.Item item : ofKind) {
                text.append(item.itemNo()).append("\\. ").append(ShownText.literal(item.text())).append("  \n");
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    /**
     * The item numbers of an item-by-item confirmation ({@code 1,2,5}, also with {@code ，} or spaces),
     * each an item of the snapshot's ({@code listed}, the record's numbers); a 400 naming
     * {@code confirmedItems} otherwise (HO-5).
     */
    static List<Integer> itemNumbers(String text, Collection<Integer> listed) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("confirmedItems", "逐项确认时须填写已确认的条目序号，例如 1,2,5（HO-5）");
        }
        Set<Integer> numbers = new LinkedHashSet<>();
        for (String part : text.trim().split("[,，、\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int n;
            try {
                n = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("confirmedItems", "不是条目序号：" + part + "（例如 1,2,5）");
            }
            if (!listed.contains(n)) {
                throw InvalidInputException.of("confirmedItems", "没有第 " + n + " 项：交接清单共 " + listed.size()
                        + " 项（HO-5）");
            }
            numbers.add(n);
        }
        if (numbers.isEmpty()) {
            throw InvalidInputException.of("confirmedItems", "逐项确认时须填写已确认的条目序号，例如 1,2,5（HO-5）");
        }
        return List.copyOf(numbers);
    }
}
