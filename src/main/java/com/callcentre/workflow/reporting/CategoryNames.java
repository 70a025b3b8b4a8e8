package com.callcentre.workflow.reporting;

import com.callcentre.workflow.complaint.IntakeLabels;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Chinese names of the complaint categories in the reports' order: the {@code category}
 * options of the intake form ({@link IntakeLabels}).
 */
@Component
class CategoryNames {

    private final Map<String, String> names;

    @org.springframework.beans.factory.annotation.Autowired
    CategoryNames(IntakeLabels labels) {
        this(labels.of("category"));
    }

    CategoryNames(Map<String, String> names) {
        this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /** Code to name, in the form's order. */
    Map<String, String> all() {
        return names;
    }

    /** The name; an unknown code (a category since removed) as itself. */
    String nameOf(String code) {
        return names.getOrDefault(code, code);
    }

    /** Position in the form's list; unknown codes after the known ones. */
    int order(String code) {
        int i = 0;
        for (String known : names.keySet()) {
            if (known.equals(code)) {
                return i;
            }
            i++;
        }
        return i;
    }
}
