package com.callcentre.workflow.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What each Camunda Form asks for, read from the same {@code forms/*.form} files the engine
 * deploys: the fields a person may submit on a start event or a user task, each with its type,
 * whether it is read-only, required, its longest text and its choices. {@link CommandGate} holds
 * every start and completion by a user to its form's contract, whatever the route.
 */
@Component
public class FormContracts {

    /** The longest text any field takes when its form sets no shorter limit. */
    public static final int MAX_TEXT = 4000;

    enum Kind { TEXT, NUMBER, BOOLEAN, CHOICE, CHOICES, DATETIME }

    /**
     * One field a person fills in.
     *
     * @param choices   the form's own options ({@code values}); none for a field without options
     * @param valuesKey the variable its options come from instead ({@code valuesKey}, form-js), or
     *                  {@code null}: such a field's choices are data ({@link com.callcentre.workflow.system.FormOptions}),
     *                  and until they are given ({@link #withChoices}) nothing is one of them
     */
    record Field(String key, String label, Kind kind, boolean readonly, boolean required, int maxLength,
            Pattern pattern, Set<String> choices, String valuesKey) {

        /** The field with the choices its {@code valuesKey} stands for. */
        Field withChoices(Set<String> given) {
            return new Field(key, label, kind, readonly, required, maxLength, pattern,
                    java.util.Collections.unmodifiableSet(new LinkedHashSet<>(given)), valuesKey);
        }

        /** Whether any value will do (a choice field without options of any kind does not exist). */
        boolean anyChoice() {
            return choices.isEmpty() && valuesKey == null;
        }
    }

    /** A form's fields by key. */
    record Contract(String formId, Map<String, Field> fields) {
    }

    private final Map<String, Contract> contracts;

    public FormContracts() {
        this(read("classpath*:forms/*.form"));
    }

    FormContracts(Map<String, Contract> contracts) {
        this.contracts = Map.copyOf(contracts);
    }

    Optional<Contract> of(String formId) {
        return Optional.ofNullable(formId == null ? null : contracts.get(formId));
    }

    Set<String> formIds() {
        return contracts.keySet();
    }

    private static Map<String, Contract> read(String pattern) {
        ObjectMapper json = new ObjectMapper();
        Map<String, Contract> read = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    Contract contract = contract(json.readTree(in));
                    read.put(contract.formId(), contract);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the forms", e);
        }
        return read;
    }

    static Contract contract(JsonNode form) {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(form.path("components"), fields);
        return new Contract(form.path("id").asText(), fields);
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            collect(component.path("components"), fields);
            String key = component.path("key").asText(null);
            Kind kind = kind(component.path("type").asText());
            if (kind == Kind.CHOICE && booleanChoices(component.path("values"))) {
                kind = Kind.BOOLEAN; // a yes/no radio
            }
            if (key == null || kind == null || component.path("disabled").asBoolean(false)) {
                continue;
            }
            JsonNode validate = component.path("validate");
            // A FEEL condition may hide a field; then the form itself decides whether it is needed.
            boolean required = validate.path("required").asBoolean(false) && component.path("conditional").isMissingNode();
            int maxLength = validate.path("maxLength").isInt() ? Math.min(validate.path("maxLength").asInt(), MAX_TEXT) : MAX_TEXT;
            Set<String> choices = new LinkedHashSet<>();
            component.path("values").forEach(v -> choices.add(v.path("value").asText()));
            String valuesKey = component.path("valuesKey").asText(null);
            fields.put(key, new Field(key, component.path("label").asText(key), kind,
                    component.path("readonly").asBoolean(false), required, maxLength,
                    pattern(validate.path("pattern").asText(null)), choices,
                    valuesKey == null || valuesKey.isBlank() ? null : valuesKey));
        }
    }

    private static boolean booleanChoices(JsonNode values) {
        if (values.isEmpty()) {
            return false;
        }
        for (JsonNode value : values) {
            if (!value.path("value").isBoolean()) {
                return false;
            }
        }
        return true;
    }

    private static Kind kind(String type) {
        return switch (type) {
            case "textfield", "textarea" -> Kind.TEXT;
            case "number" -> Kind.NUMBER;
            case "checkbox" -> Kind.BOOLEAN;
            case "radio", "select" -> Kind.CHOICE;
            case "checklist", "taglist" -> Kind.CHOICES;
            case "datetime" -> Kind.DATETIME;
            default -> null;
        };
    }

    private static Pattern pattern(String regex) {
        if (regex == null || regex.isBlank()) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return null; // a JavaScript-only pattern: the form checks it, the product's own checks follow
        }
    }

    /** The labels of a contract's fields, for messages. */
    static List<String> keys(Contract contract) {
        return new ArrayList<>(contract.fields().keySet());
    }
}
