package com.callcentre.workflow.system;

/**
 * Free text as typed in a Camunda Form (issue 11): the forms' text views render markdown, so what
 * a customer, agent or department wrote ({@code [登录](http://evil.example)}, {@code <img src=x>},
 * a bare URL) is escaped character by character before a form shows it, and shows as the
 * characters typed, never as a link, an image or formatting. Line breaks stay line breaks.
 */
public final class ShownText {

    private ShownText() {
    }

    /** The text with every ASCII punctuation mark backslash-escaped (CommonMark), null as null. */
    public static String literal(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c < 128 && isPunctuation(c)) {
                shown.append('\\');
            }
            shown.append(c);
        }
        return shown.toString();
    }

    private static boolean isPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
