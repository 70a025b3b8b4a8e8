package com.callcentre.workflow;

/** What a form shows of a text the product escaped for it (system.ShownText): the text as typed. */
public final class Shown {

    private Shown() {
    }

    public static String asTyped(Object escaped) {
        return escaped == null ? null : escaped.toString().replaceAll("\\\\(\\p{Punct})", "$1");
    }
}
