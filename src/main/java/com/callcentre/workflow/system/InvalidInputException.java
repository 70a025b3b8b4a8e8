package com.callcentre.workflow.system;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input that breaks a rule, naming each bad field. A {@link BadUserRequestException} so that
 * the engine's REST API and Tasklist treat it as the user's mistake (400), not a server fault;
 * {@link ApiErrorHandler} answers it with the field list.
 */
public class InvalidInputException extends BadUserRequestException {

    public record FieldProblem(String field, String message) {
    }

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message())
                .collect(Collectors.joining("; ", "输入有误 - ", "")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
