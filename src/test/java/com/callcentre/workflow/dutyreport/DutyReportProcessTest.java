package com.callcentre.workflow.dutyreport;

import static com.callcentre.workflow.dutyreport.DutyReportFixture.SATURDAY;
import static com.callcentre.workflow.dutyreport.DutyReportFixture.TUESDAY;
import static com.callcentre.workflow.dutyreport.DutyReportFixture.at;
import static com.callcentre.workflow.dutyreport.DutyReportFixture.clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.escalation.SlaFixture;
import com.callcentre.workflow.reporting.DayFigures;
import com.callcentre.workflow.staff.ShiftType;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through {@code duty-report} (RP-1, CP-8), driven by its timers at the engine's clock
 * as the job executor would run them: the daily report to the day-shift duty leader on the roster
 * (or the group when nobody is rostered), stored and mailed to the cs-director; the monthly analysis
 * due on the 22nd, the reminder on the 20th to the duty leaders, stored and mailed; a late
 * analysis in the 超时 filter.
 */
@ApplicationTest
class DutyReportProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DutyReportFixture fixture;
    @Autowired
    DutyReports reports;
    @Autowired
    ComplaintFixture complaints;
    @Autowired
    SlaFixture sla;
    @Autowired
    DayFigures dayFigures;
    @Autowired
    DutyReportSchedule schedule;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void cleanUp() {
        fixture.clean();
    }

    static Map<String, Object> daily(String summary, String issues, String handover) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("dailySummary", summary);
        answers.put("openIssues", issues);
        answers.put("handoverNotes", handover);
        return answers;
    }

    static Map<String, Object> monthly(String analysis, String problems, String measures) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("analysis", analysis);
        answers.put("mainProblems", problems);
        answers.put("measures", measures);
        return answers;
    }

    private List<DutyReport> filed(LocalDate from, LocalDate to) {
        return reports.between(from, to, null, null);
    }

    // --- RP-1: the daily report ----------------------------------------------------------------

    @Test
    void rp1TheDailyReportGoesToTheRosteredDayLeaderWithTheDaysFiguresAndIsStoredAndMailed() {
        fixture.rostered("leader1", TUESDAY, ShiftType.DAY);
        fixture.rostered("leader2", TUESDAY, ShiftType.EVENING);
        clock("2030-05-14T16:00+08:00");

        ProcessInstance pi = fixture.fireStart("dayShiftEnded", "RB20300514");

        BpmnAwareTests.assertThat(pi).isWaitingAt("fillDailyReport").task().isAssignedTo("leader1");
        BpmnAwareTests.assertThat(pi).hasPassed("prepareDailyReport");
        Task task = fixture.task(pi);
        assertThat(fixture.candidateGroups(task)).containsExactly("duty-leader");
        assertThat(task.getName()).isEqualTo("填写值班日报");
        assertThat(task.getDescription()).as("the model's documentation, shown in Tasklist").contains("RP-1");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "reportDateText")).isEqualTo("2030年5月14日（周二）");
        DayFigures.Day day = dayFigures.of(TUESDAY); // the weekly and monthly reports' counting, for the day
        DutyReport.Figures shown = new DutyReport.Figures(day.received(), day.dispatched(), day.sentBack(),
                day.answered(), day.answeredInTime(), day.breached(), day.callbacks(), day.centreStepBreaches());
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "figuresText"))
                .contains("- 受理工单：" + day.received(), "- 督办单超时：" + day.breached(),
                        "- 中心环节超时：" + day.centreStepBreaches());

        clock("2030-05-14T16:40+08:00");
        fixture.complete("leader1", task, daily("系统运行正常，受理咨询 120 件。\n<b>话务高峰</b> 14:00 & 15:00",
                "计费系统查询偶有超时", "夜班注意跟进 2 件投诉"));

        BpmnAwareTests.assertThat(pi).hasPassed("storeDailyReport", "mailDailyReport", "dailyReportFiled").isEnded();
        DutyReport report = filed(TUESDAY, TUESDAY).get(0);
        assertThat(report.reportKey()).isEqualTo("RB20300514");
        assertThat(report.kind()).isEqualTo(DutyReport.Kind.DAILY);
        assertThat(report.dutyLeader()).isEqualTo("leader1");
        assertThat(report.author()).isEqualTo("leader1");
        assertThat(report.summary()).startsWith("系统运行正常");
        assertThat(report.issues()).isEqualTo("计费系统查询偶有超时");
        assertThat(report.notes()).isEqualTo("夜班注意跟进 2 件投诉");
        assertThat(report.figures()).as("stored as shown").isEqualTo(shown);
        assertThat(report.filedAt().toInstant()).isEqualTo(at("2030-05-14T16:40+08:00"));

        List<DutyReportFixture.Queued> mail = fixture.mail("RB20300514");
        assertThat(mail).extracting(DutyReportFixture.Queued::event, DutyReportFixture.Queued::recipient)
                .containsExactly(Assertions.tuple("DUTY_REPORT", fixture.email("director1")));
        DutyReportFixture.Queued message = mail.get(0);
        assertThat(message.subject()).isEqualTo("【值班日报】2030年5月14日（周二） 赵磊");
        assertThat(message.text()).contains("<b>话务高峰</b> 14:00 & 15:00", "受理工单：" + day.received(), "计费系统查询偶有超时");
        assertThat(message.html()).as("free text shown as typed, escaped")
                .contains("&lt;b&gt;话务高峰&lt;/b&gt; 14:00 &amp; 15:00").doesNotContain("<b>话务高峰");
    }

    /** The figures are the reports' own (reporting.DayFigures): a ticket registered and dispatched that day counts. */
    @Test
    void rp1TheDailyFiguresCountTheDaysTicketsAsTheReportsDo() {
        clock("2030-05-14T10:00+08:00");
        DayFigures.Day before = dayFigures.of(TUESDAY);
        ProcessInstance ticket = complaints.register("agent1", ComplaintFixture.billingComplaint());
        sla.dispatch(ticket, "billing");
        try {
            clock("2030-05-14T16:00+08:00");
            ProcessInstance pi = fixture.fireStart("dayShiftEnded", "RB20300514");

            assertThat(engine.getRuntimeService().getVariable(pi.getId(), "dayReceived")).isEqualTo(before.received() + 1);
            assertThat(engine.getRuntimeService().getVariable(pi.getId(), "dayDispatched"))
                    .isEqualTo(before.dispatched() + 1);
            assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "figuresText"))
                    .contains("- 受理工单：" + (before.received() + 1), "- 派发督办单：" + (before.dispatched() + 1));
        } finally {
            engine.getRuntimeService().deleteProcessInstance(ticket.getId(), "test ended", true);
        }
    }

    @Test
    void rp1NobodyRosteredOnTheDayShiftTheDutyLeadersGroupTakesTheDailyReport() {
        clock("2030-05-18T16:00+08:00");

        ProcessInstance pi = fixture.fireStart("dayShiftEnded", "RB20300518");

        Task task = fixture.task(pi);
        assertThat(task.getAssignee()).isNull();
        assertThat(fixture.candidateGroups(task)).containsExactly("duty-leader");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "dayLeaderName")).asString().contains("无人排班");

        fixture.complete("leader2", task, daily("周末话务平稳", null, null));

        BpmnAwareTests.assertThat(pi).hasPassed("dailyReportFiled").isEnded();
        DutyReport report = filed(SATURDAY, SATURDAY).get(0);
        assertThat(report.dutyLeader()).isNull();
        assertThat(report.author()).isEqualTo("leader2");
        assertThat(report.issues()).isNull();
        assertThat(fixture.mail("RB20300518")).extracting(DutyReportFixture.Queued::event).containsExactly("DUTY_REPORT");
    }

    @Test
    void rp1ALateRunAfterMidnightStillReportsTheDayWhoseShiftEndedAndTheNextRunIsTheNextDay() {
        fixture.rostered("leader1", TUESDAY, ShiftType.DAY);
        clock("2030-05-15T00:30+08:00"); // the job executor was down until after midnight

        ProcessInstance pi = fixture.fireStart("dayShiftEnded", "RB20300514");

        BpmnAwareTests.assertThat(pi).task().isAssignedTo("leader1");
        assertThat(fixture.startTimer("dayShiftEnded").getDuedate()).as("the next day's shift end, in Shanghai")
                .isEqualTo(Date.from(at("2030-05-15T16:00+08:00")));
    }

    // --- RP-1, CP-8: the monthly service-quality analysis --------------------------------------

    /** Anchored in the business zone with its offset: a cron would run in the server's zone (UTC in tests). */
    @Test
    void rp1TheTimersAreIsoCyclesInTheBusinessZoneNotCronsInTheServersZone() {
        assertThat(schedule.dailyCycle()).as("the end of the roster's DAY shift").isEqualTo("R/2026-01-01T16:00:00+08:00/P1D");
        assertThat(schedule.monthlyCycle()).isEqualTo("R/2026-01-15T09:00:00+08:00/P1M");
    }

    @Test
    void rp1TheMonthlyAnalysisIsDueOnThe22ndAndTheNextOneStartsOnThe15thOfNextMonth() {
        clock("2030-05-15T09:00+08:00");

        ProcessInstance pi = fixture.fireStart("monthlyAnalysisDue", "YB203005");

        BpmnAwareTests.assertThat(pi).isWaitingAt("writeMonthlyAnalysis").task().hasCandidateGroup("duty-leader")
                .isNotAssigned();
        Task task = fixture.task(pi);
        assertThat(task.getName()).isEqualTo("撰写月度服务质量分析");
        assertThat(task.getDueDate()).isEqualTo(Date.from(at("2030-05-22T18:00+08:00")));
        assertThat(task.getDescription()).contains("RP-1", "CP-8");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "analysisDueText")).isEqualTo("2030年5月22日 18:00");
        assertThat(fixture.startTimer("monthlyAnalysisDue").getDuedate())
                .isEqualTo(Date.from(at("2030-06-15T09:00+08:00")));
        assertThat(fixture.dueTimers(pi, "analysisReminderTimer")).as("not before the 20th").isEmpty();
    }

    @Test
    void rp1TheReminderOnThe20thMailsTheDutyLeadersAndTheTaskStaysOpen() {
        clock("2030-05-15T09:00+08:00");
        ProcessInstance pi = fixture.fireStart("monthlyAnalysisDue", "YB203005");
        String taskId = fixture.task(pi).getId();

        clock("2030-05-20T09:00+08:00");
        fixture.fire(pi, "analysisReminderTimer");

        BpmnAwareTests.assertThat(pi).hasPassed("remindDutyLeaders", "dutyLeadersReminded")
                .isWaitingAt("writeMonthlyAnalysis");
        List<DutyReportFixture.Queued> mail = fixture.mail("YB203005");
        assertThat(mail).extracting(DutyReportFixture.Queued::event).containsOnly("ANALYSIS_REMINDER");
        assertThat(mail).extracting(DutyReportFixture.Queued::recipient)
                .contains(fixture.email("leader1"), fixture.email("leader2"));
        assertThat(mail.get(0).subject()).isEqualTo("【提醒】2030年5月服务质量分析尚未报送，截止 2030年5月22日 18:00");
        assertThat(mail.get(0).text()).as("the link opens the open task").contains("#/?task=" + taskId);
    }

    @Test
    void rp1TheCompletedAnalysisIsStoredAndMailedToTheCsDirector() {
        clock("2030-05-15T09:00+08:00");
        ProcessInstance pi = fixture.fireStart("monthlyAnalysisDue", "YB203005");

        clock("2030-05-21T17:00+08:00");
        fixture.complete("leader2", fixture.task(pi), monthly("本月服务质量总体平稳。", "回访不满意率偏高", "加强回访培训"));

        BpmnAwareTests.assertThat(pi).hasPassed("storeMonthlyAnalysis", "mailMonthlyAnalysis", "monthlyAnalysisFiled")
                .hasNotPassed("remindDutyLeaders").isEnded();
        DutyReport report = filed(LocalDate.of(2030, 5, 1), LocalDate.of(2030, 5, 1)).get(0);
        assertThat(report.kind()).isEqualTo(DutyReport.Kind.MONTHLY);
        assertThat(report.author()).isEqualTo("leader2");
        assertThat(report.summary()).isEqualTo("本月服务质量总体平稳。");
        assertThat(report.issues()).isEqualTo("回访不满意率偏高");
        assertThat(report.notes()).isEqualTo("加强回访培训");
        assertThat(report.dueAt().toInstant()).isEqualTo(at("2030-05-22T18:00+08:00"));
        assertThat(report.late()).isFalse();
        List<DutyReportFixture.Queued> mail = fixture.mail("YB203005");
        assertThat(mail).extracting(DutyReportFixture.Queued::event, DutyReportFixture.Queued::recipient)
                .containsExactly(Assertions.tuple("QUALITY_ANALYSIS", fixture.email("director1")));
        assertThat(mail.get(0).text()).contains("本月服务质量总体平稳。", "加强回访培训").doesNotContain("逾期");
    }

    @Test
    void cp8AnAnalysisNotInByThe22ndIsInTheOverdueFilterAndIsStoredAsLate() {
        clock("2030-05-15T09:00+08:00");
        ProcessInstance pi = fixture.fireStart("monthlyAnalysisDue", "YB203005");
        String taskId = fixture.task(pi).getId();

        clock("2030-05-22T18:01+08:00");
        Filter overdue = engine.getFilterService().createFilterQuery().filterName("超时").singleResult();
        List<String> seen = fixture.as("leader1", () -> engine.getFilterService().<Task>list(overdue.getId())
                .stream().map(Task::getId).toList());
        assertThat(seen).as("超时 for a duty leader").contains(taskId);

        fixture.complete("leader1", fixture.task(pi), monthly("补交本月分析。", null, null));
        DutyReport report = filed(LocalDate.of(2030, 5, 1), LocalDate.of(2030, 5, 1)).get(0);
        assertThat(report.late()).isTrue();
        assertThat(fixture.mail("YB203005").get(0).text()).contains("逾期：是，已超过截止时间");
    }
}
