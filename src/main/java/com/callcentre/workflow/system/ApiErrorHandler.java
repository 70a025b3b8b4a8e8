package com.callcentre.workflow.system;

import com.callcentre.workflow.system.InvalidInputException.FieldProblem;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Clear 4xx answers for the project's {@code /api}, all in the one {@link ApiError} shape: bad
 * input (a wrong type, an unknown field, a broken constraint, a control character, a date out of
 * {@link DateBounds}) is a 400 naming every bad field at once; a {@link RuleRefusal} a 422 naming
 * the rule; nothing is changed by either.
 */
@RestControllerAdvice(basePackages = "com.callcentre.workflow")
class ApiErrorHandler {

    static final String INVALID = "输入有误";

    /** Reads records' fields directly: a class-level constraint names a record component. */
    @InitBinder
    void directFieldAccess(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(new ApiError(400, INVALID, e.problems()));
    }

    /** A business rule forbids the request (LV-…, SW-…): 422 naming the rule; nothing was created. */
    @ExceptionHandler(RuleRefusal.class)
    ResponseEntity<ApiError> refused(RuleRefusal e) {
        return ResponseEntity.unprocessableEntity().body(new ApiError(422, e.reason(), e.rule(), e.problems()));
    }

    /** {@code @Valid} on a request record: every field its constraints refuse, one problem a field. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> notValid(MethodArgumentNotValidException e) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField).thenComparing(f -> String.valueOf(f.getDefaultMessage())))
                .forEach(error -> {
                    if (problems.stream().noneMatch(p -> p.field().equals(error.getField()))) {
                        problems.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
                    }
                });
        e.getBindingResult().getGlobalErrors().forEach(error -> problems.add(new FieldProblem("body", error.getDefaultMessage())));
        return invalid(new InvalidInputException(problems));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        // A value our own reading rules refused (PlainText) names its field; anything else the body.
        if (e.getCause() instanceof InvalidInputException named) {
            return invalid(named);
        }
        if (e.getCause() instanceof InvalidFormatException bad && PlainText.MESSAGE.equals(bad.getOriginalMessage())) {
            String field = bad.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(name -> name != null).reduce((a, b) -> b).orElse("body");
            return invalid(InvalidInputException.of(field, PlainText.MESSAGE));
        }
        return invalid(InvalidInputException.of("body", "请求体不是有效的 JSON 对象"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return ApiError.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请求体须为 application/json");
    }

    /** The database is out of reach: 503, try again shortly (Unavailable). Anything else is a 500 in one shape. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ApiError> unexpected(RuntimeException e) {
        if (e instanceof org.springframework.web.ErrorResponse answered) {
            HttpStatus status = HttpStatus.valueOf(answered.getStatusCode().value());
            return ApiError.of(status, status.is4xxClientError() ? "请求有误" : "服务器内部错误，请稍后重试");
        }
        if (e instanceof org.camunda.bpm.engine.rest.exception.RestException rest && rest.getStatus() != null
                && rest.getStatus().getStatusCode() < 500) {
            return ApiError.of(HttpStatus.valueOf(rest.getStatus().getStatusCode()), rest.getMessage());
        }
        if (Unavailable.databaseDown(e)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", Integer.toString(Unavailable.RETRY_AFTER_SECONDS))
                    .body(new ApiError(503, Unavailable.MESSAGE, java.util.List.of()));
        }
        org.slf4j.LoggerFactory.getLogger(ApiErrorHandler.class).error("Unexpected error", e);
        return ApiError.of(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后重试");
    }

    /** The engine's authorizations refused: the user's groups may not do this. */
    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ApiError> forbidden(AuthorizationException e) {
        return ApiError.of(HttpStatus.FORBIDDEN, "无权执行此操作");
    }
}
