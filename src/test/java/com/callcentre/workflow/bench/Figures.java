package com.callcentre.workflow.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The benchmark's answer: one {@code key=value} line per figure, printed as it is measured. */
final class Figures {

    private final PrintStream out;
    private final Map<String, String> figures = new LinkedHashMap<>();

    Figures(PrintStream out) {
        this.out = out;
    }

    void put(String key, double value) {
        String text = Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
        put(key, text);
    }

    void put(String key, long value) {
        put(key, Long.toString(value));
    }

    synchronized void put(String key, String value) {
        figures.put(key, value);
        out.println(key + "=" + value);
        out.flush();
    }

    synchronized Map<String, String> all() {
        return Map.copyOf(figures);
    }
}
