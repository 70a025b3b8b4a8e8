package com.callcentre.workflow.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of {@code reviewReceipt} (审核回单): a conclusion, or a referral to the complaint manager
 * with its reason (CP-4, CP-6). A delegate listener, not an expression: the engine passes its
 * refusal on as it is, so Tasklist and REST clients get a 400 naming the field.
 */
@Component("checkReview")
class CheckReview implements ExecutionListener {

    private final DifficultCases cases;

    CheckReview(DifficultCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        cases.checkReview(execution);
    }
}
