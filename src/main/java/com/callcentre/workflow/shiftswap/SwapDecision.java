package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * End of a deciding task (colleague or duty leader): the decision must be given, a refusal
 * must say why, and it is kept with who and when (SW-9). An execution listener on the task's
 * end, so a missing answer is a 400 in Tasklist and the task stays open. The answer's variables
 * are removed afterwards: Tasklist would prefill the next decider's form with them.
 */
abstract class SwapDecision implements ExecutionListener {

    private final SwapRecords records;
    private final SwapRecord.Role role;
    private final String decisionVariable;

    SwapDecision(SwapRecords records, SwapRecord.Role role, String decisionVariable) {
        this.records = records;
        this.role = role;
        this.decisionVariable = decisionVariable;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // another leader's rejection ended this task: nothing was decided here
        }
        if (!(execution.getVariable(decisionVariable) instanceof Boolean yes)) {
            throw InvalidInputException.of(decisionVariable, role == SwapRecord.Role.COLLEAGUE
                    ? "请选择是否同意换班" : "请选择是否批准换班");
        }
        Object text = execution.getVariable("comment");
        String comment = text instanceof String s && !s.isBlank() ? s.trim() : null;
        if (!yes && comment == null) {
            throw InvalidInputException.of("comment", role == SwapRecord.Role.COLLEAGUE
                    ? "不同意时请说明原因" : "不批准时请说明理由");
        }
        if (comment != null && comment.length() > SwapForms.MAX_NOTE) {
            throw InvalidInputException.of("comment", "最多 " + SwapForms.MAX_NOTE + " 个字");
        }
        SwapRecord swap = records.find(execution.getProcessBusinessKey()).orElseThrow();
        String decider = decider(execution);
        // SW-2, SW-9: the colleague consents for themself; a duty leader never decides on their own swap.
        if (role == SwapRecord.Role.COLLEAGUE ? !decider.equals(swap.colleague()) : swap.involves(decider)) {
            throw InvalidInputException.of(decisionVariable, role == SwapRecord.Role.COLLEAGUE
                    ? "只有换班同事本人可以确认换班（SW-2）" : "不能审批本人参与的换班申请（SW-2/SW-9）");
        }
        records.decide(swap.id(), decider, role, yes, comment);
        decided(execution, yes);
        execution.removeVariable("comment");
    }

    /** The signed-in user who completed the task; the assignee when the engine completes it alone. */
    private String decider(DelegateExecution execution) {
        return CurrentUser.idIn(execution.getProcessEngineServices()).orElseGet(() -> assignee(execution));
    }

    /** The task's assignee, the one who should decide. */
    abstract String assignee(DelegateExecution execution);

    /** What the decision means for the process's course. */
    abstract void decided(DelegateExecution execution, boolean yes);
}
