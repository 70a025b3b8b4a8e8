package com.callcentre.workflow.integrity;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's REST API answers what a client sent with a 4xx, never a 500, on every route:
 * {@code /engine-rest} and the webapps' {@code /camunda/api/...} alike (Jersey applies a forced
 * auto-discoverable to every application; {@code META-INF/services}). Camunda wraps most engine
 * exceptions of a start or completion into a 500; these mappers, ahead of Camunda's by priority,
 * answer by the cause: bad input 400, not found 404, a race lost 409. What remains a 5xx says so
 * in Chinese with a reference to the log, never SQL, tables or engine entities. Camunda's refusals
 * (an authorization missing, a definition not found) are answered with Camunda's status and in
 * Chinese ({@link EngineRefusals}).
 */
public final class EngineRestAnswers implements ForcedAutoDiscoverable {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestAnswers.class);
    /** Engine internals that must not reach a client: SQL, tables, entities, Java classes. */
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)(ACT_[A-Z]{2}_|Entity\\[|\\bSQL|\\bselect\\s|\\bupdate\\s+\\w+\\s+set\\b|insert into|### |org\\.camunda|java\\.|jdbc|ENGINE-\\d{5})");

    @Override
    public void configure(FeatureContext context) {
        context.register(RestExceptionAnswer.class);
        context.register(EngineExceptionAnswer.class);
        context.register(UncaughtAnswer.class);
    }

    /** Camunda's own wrapper: answered by its cause where the wrapper says 500. */
    @Priority(1)
    public static final class RestExceptionAnswer implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            Status status = exception.getStatus() == null ? Status.INTERNAL_SERVER_ERROR : exception.getStatus();
            if (status.getFamily() != Response.Status.Family.SERVER_ERROR) {
                return camundas(exception); // Camunda's answer (a 404 "No matching ...": in Chinese)
            }
            return answer(exception.getCause() == null ? status : statusOf(exception.getCause()), exception,
                    exception.getMessage());
        }
    }

    /** An engine exception that reached REST unwrapped. */
    @Priority(1)
    public static final class EngineExceptionAnswer implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            if (ExceptionHandlerHelper.getInstance().getStatus(exception).getFamily() != Response.Status.Family.SERVER_ERROR) {
                return camundas(exception); // Camunda's answer (403, 400), a refusal in Chinese
            }
            return answer(statusOf(exception), exception, exception.getMessage());
        }
    }

    /**
     * Any other runtime exception, which Camunda would answer with its Java type and message: a 500
     * in Chinese with a reference, or a 400 where Camunda's request object failed on a part the
     * request left out (a restart without {@code instructions}) before any command ran.
     */
    @Priority(1)
    public static final class UncaughtAnswer implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException exception) {
            Response camunda = ExceptionHandlerHelper.getInstance().getResponse(exception);
            if (camunda.getStatus() < 500) {
                return camunda; // Camunda's answer (a WebApplicationException's status)
            }
            boolean incompleteRequest = exception instanceof NullPointerException
                    && java.util.Arrays.stream(exception.getStackTrace())
                            .anyMatch(frame -> frame.getClassName().startsWith("org.camunda.bpm.engine.rest.dto."));
            // Named as Camunda names a bad request, not by the Java exception that revealed it.
            return incompleteRequest
                    ? answer(Status.BAD_REQUEST, new InvalidRequestException(Status.BAD_REQUEST, "incomplete"), null)
                    : answer(statusOf(exception), exception, null);
        }
    }

    static Status statusOf(Throwable exception) {
        if (com.callcentre.workflow.system.Unavailable.databaseDown(exception)) {
            return Status.SERVICE_UNAVAILABLE;
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RestException rest && rest.getStatus() != null
                    && rest.getStatus().getFamily() != Response.Status.Family.SERVER_ERROR) {
                return rest.getStatus();
            }
            if (cause instanceof AuthorizationException) {
                return Status.FORBIDDEN;
            }
            if (cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException) {
                return Status.BAD_REQUEST;
            }
            if (cause instanceof NotFoundException) {
                return Status.NOT_FOUND;
            }
            if (cause instanceof OptimisticLockingException) {
                return Status.CONFLICT;
            }
        }
        return Status.INTERNAL_SERVER_ERROR;
    }

    /**
     * Camunda's answer to a 4xx, with its status; where Camunda words a refusal in English (an
     * authorization, a definition not found) the message is {@link EngineRefusals}' Chinese, and the
     * body names no resource id nor user.
     */
    static Response camundas(Throwable exception) {
        Response camunda = ExceptionHandlerHelper.getInstance().getResponse(exception);
        return EngineRefusals.inChinese(exception)
                .map(message -> refusal(camunda.getStatus(), exception, message))
                .orElse(camunda);
    }

    private static Response refusal(int status, Throwable exception, String message) {
        ExceptionDto dto = new ExceptionDto();
        dto.setType(exception.getClass().getSimpleName());
        dto.setCode(exception instanceof ProcessEngineException engine ? engine.getCode() : 0);
        dto.setMessage(message);
        return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    static Response answer(Status status, Throwable exception, String given) {
        // A rule checked in a listener (e.g. HO-1 in shift-handover) reaches here wrapped (ENGINE-03051):
        // staff read its own message, which names the field and the rule.
        String message = status == Status.BAD_REQUEST ? validationMessage(exception).orElse(given) : given;
        if (status == Status.FORBIDDEN || status == Status.NOT_FOUND) {
            message = EngineRefusals.inChinese(exception).orElse(message); // wrapped by Camunda in a 500
        }
        ExceptionDto dto = new ExceptionDto();
        dto.setType(exception.getClass().getSimpleName());
        dto.setCode(0);
        if (status == Status.SERVICE_UNAVAILABLE) {
            dto.setMessage(com.callcentre.workflow.system.Unavailable.MESSAGE);
            return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Retry-After", com.callcentre.workflow.system.Unavailable.RETRY_AFTER_SECONDS).build();
        }
        if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Engine REST answered {} (reference {})", status.getStatusCode(), reference, exception);
            dto.setMessage("服务器内部错误，请稍后重试；如仍出错请联系管理员并提供编号 " + reference);
        } else if (status == Status.CONFLICT && (message == null || INTERNALS.matcher(message).find())) {
            dto.setMessage("操作冲突：该记录刚被他人更新，请刷新后重试");
        } else if (message == null || INTERNALS.matcher(message).find()) {
            LOG.info("Engine REST answered {}: {}", status.getStatusCode(), message);
            dto.setMessage(status == Status.NOT_FOUND ? "未找到该记录" : status == Status.FORBIDDEN ? "无权执行此操作" : "请求有误");
        } else {
            dto.setMessage(message);
        }
        return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The message of the first form-validation exception among the causes, which names each bad field. */
    static java.util.Optional<String> validationMessage(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormFieldValidationException && cause.getMessage() != null) {
                return java.util.Optional.of(cause.getMessage());
            }
        }
        return java.util.Optional.empty();
    }
}
