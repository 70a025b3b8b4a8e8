package com.callcentre.workflow.system;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that breaks a rule, naming each bad field. The engine's own form-validation exception,
 * because that is the one its REST API answers with 400 (not 500) when a start form or a task
 * is submitted or completed: Tasklist then shows the message, and the task stays open.
 * {@link ApiErrorHandler} answers it on {@code /api} with the field list.
 */
public class InvalidInputException extends FormFieldValidationException {

    public record FieldProblem(String field, String message) {
    }

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        this(problems, problems.stream().map(p -> p.field() + ": " + p.message())
                .collect(Collectors.joining("; ", "输入有误 - ", "")));
    }

    protected InvalidInputException(List<FieldProblem> problems, String message) {
        super(List.copyOf(problems), message);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
