package com.callcentre.workflow.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** One department's order of one dispatch round of a ticket: the row of {@code department_order}. */
public record OrderKey(String ticketNo, int round, String department) {

    public static OrderKey of(DelegateExecution execution) {
        Object round = execution.getVariable("dispatchRound");
        return new OrderKey(execution.getProcessBusinessKey(), round == null ? 0 : ((Number) round).intValue(),
                (String) execution.getVariable("department"));
    }
}
