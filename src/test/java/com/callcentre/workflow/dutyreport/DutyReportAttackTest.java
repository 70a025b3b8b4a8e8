package com.callcentre.workflow.dutyreport;

import static com.callcentre.workflow.dutyreport.DutyReportFixture.TUESDAY;
import static com.callcentre.workflow.dutyreport.DutyReportFixture.clock;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.ProcessKeys;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The duty reports' answers are the forms' whatever the route (RP-1, docs/security.md): each
 * attack as a duty leader would send it to {@code /engine-rest}, refused by the engine
 * ({@code integrity.CommandGate} against {@code duty-daily-report.form} and
 * {@code duty-monthly-analysis.form}), and nothing stored or mailed.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class DutyReportAttackTest {

    private static final String REST = "/engine-rest";

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DutyReportFixture fixture;
    @Autowired
    DutyReports reports;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @AfterEach
    void cleanUp() {
        fixture.clean();
    }

    private String dailyTask() {
        fixture.rostered("leader1", TUESDAY, ShiftType.DAY);
        clock("2030-05-14T16:00+08:00");
        ProcessInstance pi = fixture.fireStart("dayShiftEnded", "RB20300514");
        return fixture.task(pi).getId();
    }

    private HttpResponse<String> complete(String user, String taskId, Map<String, Object> variables) throws Exception {
        return api.post(REST + "/task/" + taskId + "/complete", user, Map.of("variables", variables));
    }

    private static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }

    private void nothingFiled(String taskId) {
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("the task stays open").isOne();
        assertThat(reports.between(TUESDAY, TUESDAY, null, null)).isEmpty();
        assertThat(fixture.mail("RB20300514")).isEmpty();
    }

    @Test
    void rp1TheSummaryIsRequiredOnEveryRoute() throws Exception {
        String task = dailyTask();

        HttpResponse<String> empty = complete("leader1", task, Map.of("openIssues", value("无")));

        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(empty.body()).contains("dailySummary").contains("工作概况");
        nothingFiled(task);
    }

    @Test
    void rp1TheFiguresAndTheLeaderCannotBeRewrittenByTheAnswer() throws Exception {
        String task = dailyTask();

        HttpResponse<String> forged = complete("leader1", task, Map.of("dailySummary", value("正常"),
                "dayBreached", value(0), "dayLeader", value("leader2"), "figuresText", value("- 超时：0")));

        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
        assertThat(forged.body()).contains("dayBreached").contains("dayLeader").contains("figuresText");
        nothingFiled(task);
    }

    @Test
    void rp1TextsKeepTheirFormsTypesAndLengths() throws Exception {
        String task = dailyTask();

        HttpResponse<String> tooLong = complete("leader1", task, Map.of("dailySummary", value("x".repeat(2001)),
                "handoverNotes", value(42)));

        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.body()).contains("dailySummary").contains("2000").contains("handoverNotes");
        nothingFiled(task);
    }

    @Test
    void rp1OnlyTheDutyLeadersMayAnswerAndNobodyStartsAReportByHand() throws Exception {
        String task = dailyTask();

        HttpResponse<String> agent = complete("agent1", task, Map.of("dailySummary", value("代填")));
        HttpResponse<String> start = api.post(REST + "/process-definition/key/" + ProcessKeys.DUTY_DAILY_REPORT
                + "/start", "leader1", Map.of());

        assertThat(agent.statusCode()).as(agent.body()).isIn(403, 404);
        assertThat(start.statusCode()).as(start.body()).isEqualTo(403);
        nothingFiled(task);
    }

    @Test
    void rp1AnAnswerAsTheFormAsksIsFiledOverRestToo() throws Exception {
        String task = dailyTask();

        HttpResponse<String> done = complete("leader1", task, Map.of("dailySummary", value("系统运行正常"),
                "openIssues", value("无"), "handoverNotes", value("无")));

        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(reports.between(TUESDAY, TUESDAY, null, null)).extracting(DutyReport::author)
                .containsExactly("leader1");
        assertThat(fixture.mail("RB20300514")).extracting(DutyReportFixture.Queued::event).containsExactly("DUTY_REPORT");
    }
}
