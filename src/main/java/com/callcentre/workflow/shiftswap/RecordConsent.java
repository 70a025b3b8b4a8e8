package com.callcentre.workflow.shiftswap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End of {@code colleagueConsent} (同事确认换班): {@code agreed}, and why not (SW-2, SW-9). */
@Component("recordConsent")
class RecordConsent extends SwapDecision {

    RecordConsent(SwapRecords records) {
        super(records, SwapRecord.Role.COLLEAGUE, "agreed");
    }

    @Override
    String assignee(DelegateExecution execution) {
        return (String) execution.getVariable("colleague");
    }

    @Override
    void decided(DelegateExecution execution, boolean yes) {
        // agreed stays: the gateway after the task reads it.
    }
}
