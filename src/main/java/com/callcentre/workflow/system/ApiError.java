package com.callcentre.workflow.system;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The JSON body of every error answer of {@code /api}: a message and, for 400, each bad field. */
public record ApiError(int status, String message, List<InvalidInputException.FieldProblem> errors) {

    public static ResponseEntity<ApiError> of(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), message, List.of()));
    }
}
