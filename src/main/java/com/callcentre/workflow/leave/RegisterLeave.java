package com.callcentre.workflow.leave;

import com.callcentre.workflow.complaint.TicketTrail;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.ShiftTimes;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.RequestRecords;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code registerLeave} (登记请假申请): the request the API checked comes in as the transient
 * {@value #CHECKED}; a Tasklist start form's values are checked here by the same
 * {@link LeaveRules}, a refusal naming the rule. Then the request gets its id (the business key),
 * its row, and the variables the approvers' forms show.
 */
@Component("registerLeave")
class RegisterLeave implements JavaDelegate {

    static final String CHECKED = "checkedLeave";
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final LeaveRules rules;
    private final LeaveNumbers numbers;
    private final LeaveBook book;
    private final Roster roster;
    private final ShiftTimes times;
    private final RequestRecords records;

    RegisterLeave(LeaveRules rules, LeaveNumbers numbers, LeaveBook book, Roster roster, ShiftTimes times,
            RequestRecords records) {
        this.records = records;
        this.rules = rules;
        this.numbers = numbers;
        this.book = book;
        this.roster = roster;
        this.times = times;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = BusinessClock.now();
        CheckedLeave leave = execution.getVariable(CHECKED) instanceof CheckedLeave checked ? checked
                : fromStartForm(execution, now);
        LeaveApplication a = leave.application();
        String requestId = numbers.next(now);
        book.insert(requestId, execution.getProcessInstanceId(), leave, now);
        execution.setProcessBusinessKey(requestId);

        execution.removeVariable(CHECKED);
        execution.setVariable("requestId", requestId);
        execution.setVariable("employee", a.employee());
        execution.setVariable("employeeName", leave.employee().name());
        execution.setVariable("submitter", a.submitter());
        execution.setVariable("type", a.type().name());
        execution.setVariable("typeLabel", a.type().label());
        execution.setVariable("start", a.start().atZone(times.zone()).toOffsetDateTime().toString());
        execution.setVariable("end", a.end().atZone(times.zone()).toOffsetDateTime().toString());
        execution.setVariable("period", period(a));
        execution.setVariable("reason", a.reason());
        execution.setVariable("emergency", a.emergency());
        execution.setVariable("exceptionRules", leave.exceptions().stream().map(LeaveException::rule)
                .collect(Collectors.joining(",")));
        execution.setVariable("exceptionText", leave.exceptions().stream().map(e -> "- " + e.describe())
                .collect(Collectors.joining("\n")));
        execution.setVariable("hasException", !leave.exceptions().isEmpty());
        execution.setVariable("dutyLeader", leave.employee().dutyLeader());
        execution.setVariable("needsCenterDirector", leave.needsCenterDirector());
        execution.setVariable("certificateRequired", leave.certificateRequired());
    }

    private CheckedLeave fromStartForm(DelegateExecution execution, Instant now) {
        String submitter = (String) execution.getVariable("initiator");
        if (submitter == null) {
            throw InvalidInputException.of("submitter", "申请人未登录");
        }
        // The form's other variables (the initiator) are no part of the request.
        LeaveApplication application = records.readKnown(execution.getVariables(), LeaveForm.class)
                .application(submitter, times.zone(), userId -> roster.employee(userId).isPresent());
        return rules.check(application, now); // a RuleRefusal is a form-validation error naming the rule
    }

    private String period(LeaveApplication a) {
        long minutes = a.length().toMinutes();
        String length = minutes % 60 == 0 ? (minutes / 60) + " 小时" : (minutes / 60) + " 小时 " + (minutes % 60) + " 分";
        return SHOWN.format(a.start().atZone(times.zone())) + " 至 " + SHOWN.format(a.end().atZone(times.zone()))
                + "（共 " + length + "）";
    }
}
