package com.callcentre.workflow.system;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The JSON body of every error answer of {@code /api}, in one shape:
 * {@code {"status", "message", "rule", "errors": [{"field", "message"}]}}. {@code rule} is the
 * business rule a 422 refusal names ("LV-4"), else {@code null}; {@code errors} names every bad
 * field at once (400), or the fields a refusal is about, else it is empty.
 */
public record ApiError(int status, String message, String rule, List<InvalidInputException.FieldProblem> errors) {

    public ApiError(int status, String message, List<InvalidInputException.FieldProblem> errors) {
        this(status, message, null, errors);
    }

    public static ResponseEntity<ApiError> of(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), message, List.of()));
    }
}
