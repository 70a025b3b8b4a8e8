package com.callcentre.workflow.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Chinese names of the complaint categories, read from the one place an agent chooses
 * them: the {@code category} select of the intake form ({@code forms/complaint-intake.form}).
 * A category added there is named in the reports without a second list to keep in step.
 */
@Component
class CategoryNames {

    static final String FORM = "forms/complaint-intake.form";

    private final Map<String, String> names;

    CategoryNames() {
        this(read(FORM));
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

    private static Map<String, String> read(String form) {
        try (InputStream in = new ClassPathResource(form).getInputStream()) {
            Map<String, String> names = new LinkedHashMap<>();
            findCategory(new ObjectMapper().readTree(in)).path("values")
                    .forEach(v -> names.put(v.path("value").asText(), v.path("label").asText()));
            if (names.isEmpty()) {
                throw new IllegalStateException(form + " has no category select with values");
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The component with key {@code category}, wherever it is nested (groups, rows). */
    private static JsonNode findCategory(JsonNode node) {
        if ("category".equals(node.path("key").asText()) && node.has("values")) {
            return node;
        }
        for (JsonNode child : node.path("components")) {
            JsonNode found = findCategory(child);
            if (!found.isMissingNode()) {
                return found;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
