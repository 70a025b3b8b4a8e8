package com.callcentre.workflow.dutyreport;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.reporting.DayFigures;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.ShownText;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code duty-daily-report} and {@code duty-monthly-analysis} (RP-1): each report opened with its facts when its timer
 * fires, and stored when the duty leader completes it. The answers have been held to their form
 * by then ({@code integrity.CommandGate}: required fields, lengths, nothing else).
 */
@Component("dutyReportDesk")
public class DutyReportDesk {

    /** The day's figures as process variables, shown by the form and stored as shown. */
    static final String[] FIGURES = {"dayReceived", "dayDispatched", "daySentBack", "dayAnswered",
            "dayAnsweredInTime", "dayBreached", "dayCallbacks", "dayCentreStepBreaches"};
    private static final DateTimeFormatter DAY_KEY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter MONTH_KEY = DateTimeFormatter.ofPattern("yyyyMM");

    private final DutyReportSchedule schedule;
    private final DayLeaders leaders;
    private final DayFigures dayFigures;
    private final DutyReports reports;

    DutyReportDesk(DutyReportSchedule schedule, DayLeaders leaders, DayFigures dayFigures, DutyReports reports) {
        this.schedule = schedule;
        this.leaders = leaders;
        this.dayFigures = dayFigures;
        this.reports = reports;
    }

    /**
     * {@code prepareDailyReport}: the day whose report is due (today once the day shift has ended,
     * else yesterday: a timer run late after midnight still reports the day it was for), its
     * day-shift duty leader on the roster ({@code dayLeader}, {@code null} when nobody: the group
     * takes the task) and its figures so far.
     */
    public void openDaily(DelegateExecution execution) {
        ZonedDateTime now = BusinessClock.now().atZone(schedule.zone());
        LocalDate day = now.toLocalTime().isBefore(schedule.dailyAt()) ? now.toLocalDate().minusDays(1)
                : now.toLocalDate();
        execution.setProcessBusinessKey("RB" + DAY_KEY.format(day));
        execution.setVariable("reportKind", DutyReport.Kind.DAILY.name());
        execution.setVariable("reportDate", day.toString());
        execution.setVariable("reportDateText", DutyReportTexts.day(day));
        var leader = leaders.of(day);
        execution.setVariable("dayLeader", leader.map(DayLeaders.Leader::userId).orElse(null));
        // A name is data someone typed: escaped for the form's markdown where it is composed (FreeTextShown).
        execution.setVariable("dayLeaderName", leader.map(l -> ShownText.literal(l.name()))
                .orElse("（无人排班，由值班长组认领）"));
        DayFigures.Day f = dayFigures.of(day);
        long[] values = {f.received(), f.dispatched(), f.sentBack(), f.answered(), f.answeredInTime(), f.breached(),
                f.callbacks(), f.centreStepBreaches()};
        for (int i = 0; i < FIGURES.length; i++) {
            execution.setVariable(FIGURES[i], values[i]);
        }
        execution.setVariable("figuresText", DutyReportTexts.figuresText(figures(execution)));
    }

    /** {@code prepareMonthlyAnalysis}: the month, its due date (CP-8: by the 22nd) and reminder point. */
    public void openMonthly(DelegateExecution execution) {
        YearMonth month = YearMonth.from(BusinessClock.now().atZone(schedule.zone()));
        execution.setProcessBusinessKey("YB" + MONTH_KEY.format(month));
        execution.setVariable("reportKind", DutyReport.Kind.MONTHLY.name());
        execution.setVariable("analysisMonth", month.toString());
        execution.setVariable("analysisMonthText", DutyReportTexts.month(month));
        Date due = schedule.dueOf(month);
        execution.setVariable("analysisDue", due);
        execution.setVariable("analysisDueText", DutyReportTexts.due(due, schedule.zone()));
        execution.setVariable("analysisReminderAt", schedule.reminderOf(month));
    }

    /** {@code storeDailyReport}: the report as filed, with the figures the form showed. */
    public void storeDaily(DelegateExecution execution) {
        DutyReport report = new DutyReport(execution.getProcessBusinessKey(), DutyReport.Kind.DAILY,
                LocalDate.parse((String) execution.getVariable("reportDate")), (String) execution.getVariable("dayLeader"),
                author(execution), text(execution, "dailySummary"), text(execution, "openIssues"),
                text(execution, "handoverNotes"), figures(execution), null, BusinessClock.timestamp());
        reports.insert(report, execution.getProcessInstanceId());
    }

    /** {@code storeMonthlyAnalysis}: the analysis as filed, with its due date (late if after it). */
    public void storeMonthly(DelegateExecution execution) {
        Date due = (Date) execution.getVariable("analysisDue");
        DutyReport report = new DutyReport(execution.getProcessBusinessKey(), DutyReport.Kind.MONTHLY,
                YearMonth.parse((String) execution.getVariable("analysisMonth")).atDay(1), null, author(execution),
                text(execution, "analysis"), text(execution, "mainProblems"), text(execution, "measures"), null,
                due.toInstant().atZone(schedule.zone()).toOffsetDateTime(), BusinessClock.timestamp());
        reports.insert(report, execution.getProcessInstanceId());
    }

    static DutyReport.Figures figures(DelegateExecution execution) {
        Map<String, Object> v = execution.getVariables();
        return new DutyReport.Figures(n(v, 0), n(v, 1), n(v, 2), n(v, 3), n(v, 4), n(v, 5), n(v, 6), n(v, 7));
    }

    private static long n(Map<String, Object> variables, int index) {
        Object value = variables.get(FIGURES[index]);
        return value instanceof Number number ? number.longValue() : 0;
    }

    /** Who completed the task (the step runs in that command); the rostered leader if no user is signed in. */
    private static String author(DelegateExecution execution) {
        return CurrentUser.idIn(execution.getProcessEngineServices())
                .orElseGet(() -> {
                    Object leader = execution.getVariable("dayLeader");
                    return leader == null ? "system" : leader.toString();
                });
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
