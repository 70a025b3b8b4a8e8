package com.callcentre.workflow.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of {@code dispatch} (派发督办单): at least one known department, each once (CP-5).
 * An execution listener, not a task listener: the engine wraps a task listener's exception,
 * but passes this one on, so Tasklist and REST clients get the refusal as a 400 naming the
 * field, and the task stays open.
 */
@Component("confirmDispatch")
class ConfirmDispatch implements ExecutionListener {

    private final DispatchPlan dispatchPlan;

    ConfirmDispatch(DispatchPlan dispatchPlan) {
        this.dispatchPlan = dispatchPlan;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            dispatchPlan.confirm(execution);
        }
    }
}
