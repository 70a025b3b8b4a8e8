package com.callcentre.workflow.leave;

import com.callcentre.workflow.complaint.TicketTrail;
import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of each user task of {@code leave-request}: refuses an incomplete answer and records an
 * approval decision (who, when, why: LV-3). An execution listener, not a task listener: the
 * engine passes its {@link InvalidInputException} on (400, the task stays open).
 */
@Component("checkLeaveAnswer")
class CheckLeaveAnswer implements ExecutionListener {

    /** The approval tasks and their level (LV-3). */
    static final Map<String, Integer> LEVELS = Map.of("dutyLeaderApproval", 1, "csDirectorApproval", 2,
            "centerDirectorApproval", 3);
    static final String CERTIFICATE_TASK = "submitCertificate";

    private final LeaveBook book;
    private final LeaveParties parties;
    private final LeaveRules rules;

    CheckLeaveAnswer(LeaveBook book, LeaveParties parties, LeaveRules rules) {
        this.book = book;
        this.parties = parties;
        this.rules = rules;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String activity = execution.getCurrentActivityId();
        if (CERTIFICATE_TASK.equals(activity)) {
            if (!Boolean.TRUE.equals(execution.getVariable("certificateHandedIn"))) {
                throw InvalidInputException.of("certificateHandedIn", "请确认已将医疗单位证明交给值班长（LV-5）");
            }
            // LV-5: the certificate's dates continuous with the leave, as the leave table records it.
            LeaveBook.LeaveRecord leave = book.find(execution.getProcessBusinessKey()).orElseThrow(
                    () -> new IllegalStateException("No leave request " + execution.getProcessBusinessKey()));
            rules.certificateContinuous(leave.start(), leave.end(), date(execution, "certifiedFrom"),
                    date(execution, "certifiedTo"));
            return;
        }
        Integer level = LEVELS.get(activity);
        if (level != null) {
            decide(execution, level);
        }
    }

    private void decide(DelegateExecution execution, int level) {
        Object approved = execution.getVariable("approved");
        if (!(approved instanceof Boolean decision)) {
            throw InvalidInputException.of("approved", "请选择同意或不同意");
        }
        String comment = execution.getVariable("comment") instanceof String text && !text.isBlank() ? text.trim() : null;
        if (!decision && comment == null) {
            throw InvalidInputException.of("comment", "不同意时请写明理由");
        }
        String exceptions = (String) execution.getVariable("exceptionRules");
        boolean hasException = exceptions != null && !exceptions.isBlank();
        boolean confirmed = hasException && Boolean.TRUE.equals(execution.getVariable("exceptionConfirmed"));
        // LV-2, LV-6, LV-7: a late or special request takes effect only with the manager's explicit approval.
        if (decision && hasException && !confirmed) {
            throw InvalidInputException.of("exceptionConfirmed", "同意前须明确确认例外："
                    + Arrays.stream(LeaveException.values()).filter(e -> exceptions.contains(e.rule()))
                            .map(LeaveException::describe).collect(Collectors.joining("；")));
        }
        String approver = approver(execution);
        // LV-3: level by level; nobody decides on a leave that is theirs or that they asked for,
        // as the leave table records them (a variable could be sent along with the answer).
        if (parties.of(execution.getProcessBusinessKey()).contains(approver)) {
            throw InvalidInputException.of("approved", "不能审批本人的或本人代为提出的请假申请（LV-3）");
        }
        book.recordDecision(execution.getProcessBusinessKey(), new LeaveBook.Decision(level, approver, decision,
                comment, confirmed, BusinessClock.now()));
    }

    /** A date answer (yyyy-MM-dd, as the form's date field gives it), {@code null} if none; 400 if no date. */
    private static LocalDate date(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "不是有效日期，格式 yyyy-MM-dd");
        }
    }

    /** The logged-in user who completes the task (Tasklist, REST, tests as a user). */
    private static String approver(DelegateExecution execution) {
        return CurrentUser.idIn(execution.getProcessEngineServices()).orElse(TicketTrail.SYSTEM);
    }
}
