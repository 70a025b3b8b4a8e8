package com.callcentre.workflow.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of {@code handleOrder} (处理督办单并回单): a receipt, or a send-back with its reason (CP-6).
 * An execution listener, not a task listener: the engine wraps a task listener's exception,
 * but passes this one on, so Tasklist and REST clients get the refusal as a 400 naming the
 * field, and the task stays open.
 */
@Component("checkOrderAnswer")
class CheckOrderAnswer implements ExecutionListener {

    private final DepartmentOrderBook orders;

    CheckOrderAnswer(DepartmentOrderBook orders) {
        this.orders = orders;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            orders.answer(execution);
        }
    }
}
