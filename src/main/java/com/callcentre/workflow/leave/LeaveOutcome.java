package com.callcentre.workflow.leave;

import com.callcentre.workflow.staff.ShiftTimes;
import com.callcentre.workflow.system.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The request's status as the model moves it: approved, rejected, cancelled; the certificate (LV-5). */
@Component("leaveOutcome")
public class LeaveOutcome {

    private final LeaveBook book;
    private final LeaveRules rules;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final ShiftTimes times;
    private final ApplicationEventPublisher events;

    LeaveOutcome(LeaveBook book, LeaveRules rules, ShiftTimes times, ApplicationEventPublisher events) {
        this.book = book;
        this.rules = rules;
        this.times = times;
        this.events = events;
    }

    /**
     * 批准请假: APPROVED, so the roster shows it. A sick leave that needs a certificate gets the
     * first day back: {@code certificateFrom} (its 00:00) and {@code certificateDue} (the next 00:00).
     */
    public void approve(DelegateExecution execution) {
        String requestId = execution.getProcessBusinessKey();
        // LV-3: only a pending request whose every level said yes, as the decision table records it.
        LeaveBook.LeaveRecord request = book.find(requestId).orElseThrow(
                () -> new IllegalStateException("No leave request " + requestId));
        List<Integer> approvedLevels = book.decisions(requestId).stream().filter(LeaveBook.Decision::approved)
                .map(LeaveBook.Decision::level).toList();
        boolean thirdNeeded = Boolean.TRUE.equals(execution.getVariable("needsCenterDirector"));
        if (request.status() != LeaveStatus.PENDING || !approvedLevels.containsAll(thirdNeeded ? List.of(1, 2, 3) : List.of(1, 2))) {
            throw InvalidInputException.of("approved", "请假申请未经逐级审批同意，不能批准（LV-3）");
        }
        book.decide(requestId, LeaveStatus.APPROVED);
        if (Boolean.TRUE.equals(execution.getVariable("certificateRequired"))) {
            Instant end = OffsetDateTime.parse((String) execution.getVariable("end")).toInstant();
            LocalDate back = rules.firstDayBack(end);
            execution.setVariable("certificateFrom", Date.from(back.atStartOfDay(times.zone()).toInstant()));
            execution.setVariable("certificateDue", Date.from(back.plusDays(1).atStartOfDay(times.zone()).toInstant()));
            book.certificate(requestId, LeaveBook.CertificateStatus.AWAITED);
        }
    }

    /** A rejection at any level ends the request. */
    public void reject(DelegateExecution execution) {
        book.decide(execution.getProcessBusinessKey(), LeaveStatus.REJECTED);
    }

    public void certificateHandedIn(DelegateExecution execution) {
        book.certificate(execution.getProcessBusinessKey(), LeaveBook.CertificateStatus.HANDED_IN);
    }

    /**
     * LV-5: not handed in on the first day back; the leave is flagged and the employee's duty
     * leader told by mail ({@link CertificateMissing}, in this step's transaction).
     */
    public void certificateMissing(DelegateExecution execution) {
        String requestId = execution.getProcessBusinessKey();
        book.certificate(requestId, LeaveBook.CertificateStatus.MISSING);
        Object due = execution.getVariable("certificateDue");
        String dueText = due instanceof Date date ? DUE.format(date.toInstant().atZone(times.zone())) : "";
        events.publishEvent(new CertificateMissing(requestId, execution.getVariable("employeeName") + "（"
                + execution.getVariable("employee") + "）", (String) execution.getVariable("dutyLeader"),
                (String) execution.getVariable("period"), dueText));
    }

    /** End of the instance: cancelled (Cockpit, REST) before a decision = CANCELLED. */
    public void ended(DelegateExecution execution) {
        if (execution.isCanceled() && execution.getProcessBusinessKey() != null) {
            book.decide(execution.getProcessBusinessKey(), LeaveStatus.CANCELLED);
        }
    }
}
