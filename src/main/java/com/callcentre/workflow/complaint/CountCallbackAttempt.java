package com.callcentre.workflow.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of {@code callback} (回访客户): a known outcome, and one more attempt counted (CP-7).
 * An execution listener, not a task listener: the engine wraps a task listener's exception,
 * but passes this one on, so Tasklist and REST clients get the refusal as a 400 naming the
 * field, and the task stays open.
 */
@Component("countCallbackAttempt")
class CountCallbackAttempt implements ExecutionListener {

    private final CallbackDesk desk;

    CountCallbackAttempt(CallbackDesk desk) {
        this.desk = desk;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            desk.recordAttempt(execution);
        }
    }
}
