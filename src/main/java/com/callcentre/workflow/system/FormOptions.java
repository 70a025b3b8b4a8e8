package com.callcentre.workflow.system;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The options of form fields whose choices are data, not part of the form: a field with
 * {@code "valuesKey": "departmentOptions"} (form-js) takes its options from the variable of that
 * name, which the product gives each task whose form asks for it ({@code integrity.FormInputs}),
 * and the engine side holds what is submitted to the same list ({@code integrity.CommandGate}).
 * Adding a department to {@code centre.departments} adds it everywhere, with no form to edit.
 */
@Component
public class FormOptions {

    /** The support departments (domain rules §1), for the dispatch form's checklist. */
    public static final String DEPARTMENTS = "departmentOptions";

    /** One option as form-js reads it from a variable: {@code {"label": ..., "value": ...}}. */
    public record Option(String label, String value) {
    }

    private final Departments departments;

    public FormOptions(Departments departments) {
        this.departments = departments;
    }

    /** The options of a {@code valuesKey}; empty for a key the product does not supply. */
    public Optional<List<Option>> of(String valuesKey) {
        if (DEPARTMENTS.equals(valuesKey)) {
            return Optional.of(departments.departments().stream()
                    .map(d -> new Option(d.name(), d.code())).toList());
        }
        return Optional.empty();
    }

    /** The options as the list of maps a form variable holds. */
    public static List<Map<String, String>> asVariable(List<Option> options) {
        return options.stream().map(o -> Map.of("label", o.label(), "value", o.value())).toList();
    }
}
