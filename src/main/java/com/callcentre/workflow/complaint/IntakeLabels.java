package com.callcentre.workflow.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Chinese names of the intake's codes (channel, type, category, customer level), read from
 * the one place an agent chooses them: the options of the intake form
 * ({@code forms/complaint-intake.form}). Filter columns, the trail and the reports name a code
 * as the agent saw it, without a second list to keep in step.
 */
@Component
public class IntakeLabels {

    public static final String FORM = "forms/complaint-intake.form";

    private final JsonNode form;
    private final Map<String, Map<String, String>> byField = new java.util.concurrent.ConcurrentHashMap<>();

    public IntakeLabels() {
        try (InputStream in = new ClassPathResource(FORM).getInputStream()) {
            this.form = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options of the field with this key, code to name, in the form's order. */
    public Map<String, String> of(String field) {
        return byField.computeIfAbsent(field, this::read);
    }

    private Map<String, String> read(String field) {
        Map<String, String> names = new LinkedHashMap<>();
        find(form, field).path("values").forEach(v -> names.put(v.path("value").asText(), v.path("label").asText()));
        if (names.isEmpty()) {
            throw new IllegalStateException(FORM + " has no options for " + field);
        }
        return Collections.unmodifiableMap(names);
    }

    /** The name of a code; an unknown code (one since removed) as itself. */
    public String nameOf(String field, String code) {
        return of(field).getOrDefault(code, code);
    }

    /** The component with this key, wherever it is nested (groups, rows). */
    private static JsonNode find(JsonNode node, String key) {
        if (key.equals(node.path("key").asText()) && node.has("values")) {
            return node;
        }
        for (JsonNode child : node.path("components")) {
            JsonNode found = find(child, key);
            if (!found.isMissingNode()) {
                return found;
            }
        }
        return MissingNode.getInstance();
    }
}
