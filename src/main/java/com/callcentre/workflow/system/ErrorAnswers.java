package com.callcentre.workflow.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever ends on Spring's error page ({@code /error}: a method not allowed, a missing page, or
 * {@code /error} asked for directly) answers in the one error shape, in Chinese, with no
 * exception, path internals or stack trace: {@code {"status", "message", "rule", "errors"}} ({@link ApiError}).
 */
@RestController
class ErrorAnswers implements ErrorController {

    private static final Map<Integer, String> MESSAGES = Map.of(
            400, "请求有误", 401, "需要登录", 403, "无权执行此操作", 404, "未找到该地址",
            405, "不支持此请求方法", 406, "无法提供所要求的格式", 413, "请求体过大", 415, "不支持此请求体格式",
            429, "请求过于频繁，请稍后再试");

    @RequestMapping(value = "${server.error.path:${error.path:/error}}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApiError> error(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && Unavailable.databaseDown(failure)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", Integer.toString(Unavailable.RETRY_AFTER_SECONDS))
                    .body(new ApiError(503, Unavailable.MESSAGE, java.util.List.of()));
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly, /error is just an address that shows nothing.
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        String message = status.is5xxServerError() ? "服务器内部错误，请稍后重试"
                : MESSAGES.getOrDefault(status.value(), "请求有误");
        return ApiError.of(status, message);
    }
}
