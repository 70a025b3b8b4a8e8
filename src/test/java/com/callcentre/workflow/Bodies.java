package com.callcentre.workflow;

import java.util.HashMap;
import java.util.Map;

/** Request bodies varied one field at a time, for the tests of bad input. */
public final class Bodies {

    private Bodies() {
    }

    /** A copy of the body with the field set (to null, too). */
    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    /** A copy of the body without the field. */
    public static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.remove(field);
        return copy;
    }
}
