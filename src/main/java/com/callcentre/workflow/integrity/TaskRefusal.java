package com.callcentre.workflow.integrity;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * A task a person cannot act on any more: gone (404), or taken or finished by someone else a
 * moment ago (409), said in Chinese with who has it. A {@link RestException} because that is the
 * one exception the engine's REST API (for {@code /engine-rest} and Tasklist's
 * {@code /camunda/api/engine} alike) answers with the status it carries instead of a 500 when a
 * task is completed, claimed or submitted; {@code /api} answers it the same way.
 */
public class TaskRefusal extends RestException {

    TaskRefusal(Status status, String message) {
        super(status, message);
    }

    static TaskRefusal gone(String taskId) {
        return new TaskRefusal(Status.NOT_FOUND, "任务 " + taskId + " 不存在或已结束");
    }

    static TaskRefusal conflict(String message) {
        return new TaskRefusal(Status.CONFLICT, message);
    }

    public int status() {
        return getStatus().getStatusCode();
    }
}
