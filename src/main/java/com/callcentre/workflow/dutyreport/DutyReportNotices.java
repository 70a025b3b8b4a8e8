package com.callcentre.workflow.dutyreport;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.system.BusinessClock;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The mail steps of {@code duty-daily-report} and {@code duty-monthly-analysis} (RP-1): each publishes what happened, inside the
 * step, and {@code notification} queues the mail in the outbox in that transaction (once per
 * report, event and recipient): a filed report or analysis to the cs-director, the reminder to
 * the duty leaders.
 */
@Component("dutyReportNotices")
public class DutyReportNotices {

    private final ApplicationEventPublisher events;
    private final Roster roster;
    private final DutyReportSchedule schedule;

    DutyReportNotices(ApplicationEventPublisher events, Roster roster, DutyReportSchedule schedule) {
        this.events = events;
        this.roster = roster;
        this.schedule = schedule;
    }

    /** {@code mailDailyReport}, {@code mailMonthlyAnalysis}: the report as filed, to the cs-director. */
    public void filed(DelegateExecution execution) {
        boolean monthly = DutyReport.Kind.MONTHLY.name().equals(execution.getVariable("reportKind"));
        String author = CurrentUser.idIn(execution.getProcessEngineServices()).orElse(null);
        String authorName = author == null ? "" : roster.employee(author).map(Employee::name).orElse(author);
        if (monthly) {
            Date due = (Date) execution.getVariable("analysisDue");
            events.publishEvent(new DutyReportFiled(true, execution.getProcessBusinessKey(),
                    (String) execution.getVariable("analysisMonthText"), authorName, text(execution, "analysis"),
                    text(execution, "mainProblems"), text(execution, "measures"), List.of(),
                    DutyReportTexts.due(due, schedule.zone()), due != null && BusinessClock.now().isAfter(due.toInstant())));
        } else {
            events.publishEvent(new DutyReportFiled(false, execution.getProcessBusinessKey(),
                    (String) execution.getVariable("reportDateText"), authorName, text(execution, "dailySummary"),
                    text(execution, "openIssues"), text(execution, "handoverNotes"),
                    DutyReportTexts.figures(DutyReportDesk.figures(execution)), "", false));
        }
    }

    /** {@code remindDutyLeaders}: the analysis is not in and the reminder point has come. */
    public void remind(DelegateExecution execution) {
        Task open = execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey("writeMonthlyAnalysis")
                .singleResult();
        events.publishEvent(new AnalysisReminderDue(execution.getProcessBusinessKey(),
                (String) execution.getVariable("analysisMonthText"), (String) execution.getVariable("analysisDueText"),
                open == null ? null : open.getId()));
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? "" : value.toString();
    }
}
