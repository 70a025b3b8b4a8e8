package com.callcentre.workflow.quality;

import com.callcentre.workflow.complaint.TicketTrail;
import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of {@code auditTicket} (审核归档工单): the verdict, checked and recorded (CP-8). PASS or FAIL,
 * and a FAIL needs its reason; the ticket is audited once. Recorded in {@code quality_audit} (for
 * the reports' failures per handler and owner, RP-1) and on the ticket's trail. An execution
 * listener, not a task listener: the engine passes its {@link InvalidInputException} on, so a
 * refusal is a 400 naming the field over every route, and nothing changes (the task stays open).
 * The form's contract (integrity.CommandGate) has already refused unknown fields and options.
 */
@Component("checkAuditAnswer")
class CheckAuditAnswer implements ExecutionListener {

    static final int MAX_REASON = 2000;

    private final AuditBook book;
    private final TicketTrail trail;

    CheckAuditAnswer(AuditBook book, TicketTrail trail) {
        this.book = book;
        this.trail = trail;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        AuditOutcome outcome = AuditOutcome.of(execution.getVariable(AuditTasks.OUTCOME)).orElseThrow(() ->
                InvalidInputException.of(AuditTasks.OUTCOME, "「审核结果」须为合格（PASS）或不合格（FAIL）（CP-8）"));
        String reason = execution.getVariable(AuditTasks.REASON) instanceof String text && !text.isBlank()
                ? text.trim() : null;
        if (outcome == AuditOutcome.FAIL && reason == null) {
            throw InvalidInputException.of(AuditTasks.REASON, "审核结果为不合格时，「原因」必填（CP-8）");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw InvalidInputException.of(AuditTasks.REASON, "「原因」最多 " + MAX_REASON + " 字");
        }
        String ticketNo = (String) execution.getVariable(AuditTasks.TICKET_NO);
        String auditor = CurrentUser.idIn(execution.getProcessEngineServices()).orElse(TicketTrail.SYSTEM);
        if (!book.decide(ticketNo, outcome, reason, auditor)) {
            throw InvalidInputException.of(AuditTasks.OUTCOME, "工单 " + ticketNo + " 已审核过，不能再次审核（CP-8）");
        }
        trail.record(ticketNo, "auditTicket", "检验审核", auditor, outcome.name(), reason);
    }
}
