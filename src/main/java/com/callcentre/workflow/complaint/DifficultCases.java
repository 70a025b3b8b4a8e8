package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The hard cases of {@code complaint-handling}, called by the model: an agent's referral of a
 * contact to the duty leader on duty at intake (CP-10: cannot solve it; CP-11: a customer who
 * deliberately makes trouble), after which the agent stays its owner; and a handler's referral of
 * a complaint they cannot settle to the complaint manager (CP-4), after which the review comes
 * back to the same handler, who keeps the final reply.
 */
@Component("difficultCases")
public class DifficultCases {

    static final String REFERRAL = "referral";
    static final String REFER_TO_MANAGER = "referToManager";
    static final String REFERRAL_NOTE = "referralNote";
    static final String REFERRING_HANDLER = "referringHandler";

    /** {@code referralGateway}: the agent passed the contact to the duty leader at intake. */
    public boolean referred(DelegateExecution execution) {
        Object referral = execution.getVariable(REFERRAL);
        return referral != null && !"NONE".equals(referral.toString());
    }

    /** {@code receiptAcceptedGateway}: the handler passed the complaint to the complaint manager. */
    public boolean referredToManager(DelegateExecution execution) {
        return Boolean.TRUE.equals(execution.getVariable(REFER_TO_MANAGER));
    }

    /** The assignee of {@code reviewReceipt}: nobody in particular, until a handler referred it (CP-4). */
    public String reviewer(DelegateExecution execution) {
        Object handler = execution.getVariable(REFERRING_HANDLER);
        return handler == null ? null : handler.toString();
    }

    /**
     * End of {@code reviewReceipt}: a referral says why; otherwise a conclusion, and a rejected
     * receipt says what is missing. The form shows these fields by condition, so the form's
     * contract cannot require them: this does, whatever the route.
     */
    void checkReview(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (referredToManager(execution)) {
            String note = text(execution, REFERRAL_NOTE);
            require(note != null, REFERRAL_NOTE, "提交投诉管理员须写明原因（CP-4）");
            require(note.length() <= 1000, REFERRAL_NOTE, "最多 1000 个字");
            execution.setVariable(REFERRING_HANDLER, Actors.of(execution));
            return;
        }
        if (!(execution.getVariable("receiptAccepted") instanceof Boolean accepted)) {
            throw InvalidInputException.of("receiptAccepted", "请选择审核结论");
        }
        require(accepted || text(execution, "reviewComment") != null, "reviewComment", "回单不合格须写明原因");
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw InvalidInputException.of(field, message);
        }
    }
}
