package com.callcentre.workflow.shiftswap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End of each {@code leaderApproval} (值班长审批): {@code approved}, and why not (SW-2, SW-9).
 * A rejection sets {@code leaderRejected}, which ends the other leader's task too.
 */
@Component("recordLeaderDecision")
class RecordLeaderDecision extends SwapDecision {

    RecordLeaderDecision(SwapRecords records) {
        super(records, SwapRecord.Role.DUTY_LEADER, "approved");
    }

    @Override
    String assignee(DelegateExecution execution) {
        return (String) execution.getVariable("leader");
    }

    @Override
    void decided(DelegateExecution execution, boolean yes) {
        if (!yes) {
            execution.setVariable("leaderRejected", true);
        }
        execution.removeVariable("approved");
    }
}
