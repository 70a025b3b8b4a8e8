package com.callcentre.workflow.escalation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The centre's own timed steps (SL-1, SL-2), in the order of a ticket: the user task's key in
 * {@code complaint-handling}, the name the model gives it, and the step's name in the model's
 * {@code ${centreClock.due(execution, '<step>')}}, whose limit is the column {@code <step>Limit}
 * of {@code complaint-sla}. The one list the clock, the SLA board and the reports share.
 */
public enum CentreStep {
    REFERRAL("leaderReferral", "值班长处理转交来电", "takeover"),
    DISPATCH("dispatch", "派发督办单", "dispatch"),
    CUSTOMER_INFO("requestCustomerInfo", "联系客户补充信息", "customerInfo"),
    REVIEW("reviewReceipt", "审核回单", "review"),
    MANAGER_ADVICE("managerAdvice", "投诉管理员协调疑难投诉", "review"),
    CALLBACK("callback", "回访客户", "callback"),
    TAKEOVER("dutyLeaderTakeover", "值班长接手工单", "takeover");

    private final String taskKey;
    private final String taskName;
    private final String step;

    CentreStep(String taskKey, String taskName, String step) {
        this.taskKey = taskKey;
        this.taskName = taskName;
        this.step = step;
    }

    public String taskKey() {
        return taskKey;
    }

    public String taskName() {
        return taskName;
    }

    /** The column of {@code complaint-sla} that holds this step's limit. */
    String limitColumn() {
        return step + "Limit";
    }

    static Optional<CentreStep> ofStep(String step) {
        return Arrays.stream(values()).filter(s -> s.step.equals(step)).findFirst();
    }

    static String[] taskKeys() {
        return Arrays.stream(values()).map(CentreStep::taskKey).toArray(String[]::new);
    }
}
