package com.callcentre.workflow.shiftswap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code rejectSwap} (登记驳回): the colleague or a duty leader said no; the record says so. */
@Component("rejectSwap")
class RejectSwap implements JavaDelegate {

    private final SwapRecords records;

    RejectSwap(SwapRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long swapId = ((Number) execution.getVariable("swapId")).longValue();
        boolean colleagueDeclined = Boolean.FALSE.equals(execution.getVariable("agreed"));
        records.reject(swapId, null, colleagueDeclined ? "同事不同意换班" : "值班长不批准换班");
    }
}
