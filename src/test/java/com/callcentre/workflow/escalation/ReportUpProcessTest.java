package com.callcentre.workflow.escalation;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.Shown;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.system.InvalidInputException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * SL-3: a supervisor reports up at once, or, in an emergency, the first level skips the second,
 * which is told afterwards. The clock is Monday 09:00 (SlaFixture); the order breaches at 48 h.
 */
@ApplicationTest
class ReportUpProcessTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture fixture;
    @Autowired
    SlaFixture sla;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void startOnMondayMorning() {
        init(engine);
        sla.startOnMondayMorning();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theDutyLeaderReportsUpAtOnceAndTheCsDirectorReadsTheProposal() {
        ProcessInstance pi = breached();
        assertThat(sla.dueTimer(pi, "level2Timer")).as("level 2 is 12 hours away").isEmpty();

        fixture.complete("leader1", fixture.task(pi.getBusinessKey(), "superviseLevel1"), Map.of(
                "supervisionInstruction", "请计费部今日回单", "escalateNow", "UP",
                "escalationProposal", "计费部称需厂家配合，建议主任协调厂家"));

        sla.fire(pi, "level2Timer");
        Task level2 = fixture.task(pi.getBusinessKey(), "superviseLevel2");
        assertThat(fixture.candidateGroups(level2)).containsExactly("cs-director");
        assertThat(Shown.asTyped(engine.getTaskService().getVariableLocal(level2.getId(), "orderHistory")))
                .asString().as("the proposal reaches the level above").contains("立即上报上一级", "建议主任协调厂家");
        assertThat(sla.dueTimer(pi, "level3Timer")).as("level 3 keeps its own time").isEmpty();
        assertThat(dutyLog(pi.getBusinessKey())).as("HO-3: the report-up is on the shift's duty log")
                .containsExactly("REPORTED_UP leader1 工单 " + pi.getBusinessKey()
                        + "（计费部）：第 1 级督办立即上报第 2 级：计费部称需厂家配合，建议主任协调厂家");
    }

    /** The duty log's entries about the ticket (HO-3): kind, author and text. */
    private java.util.List<String> dutyLog(String ticketNo) {
        return jdbc.sql("select kind, author, text from duty_log where ticket_no = ? order by id").param(ticketNo)
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
    }

    @Test
    void theCsDirectorReportsUpAtOnceToTheCentreDirector() {
        ProcessInstance pi = breached();
        fixture.complete("leader1", fixture.task(pi.getBusinessKey(), "superviseLevel1"),
                Map.of("supervisionInstruction", "请尽快回单"));
        SlaFixture.at(Duration.ofHours(60));
        sla.fire(pi, "level2Timer");
        fixture.complete("director1", fixture.task(pi.getBusinessKey(), "superviseLevel2"), Map.of(
                "supervisionInstruction", "请计费部主管到岗", "escalateNow", "UP", "escalationProposal", "涉及多名客户，建议中心通报"));

        sla.fire(pi, "level3Timer");
        assertThat(fixture.candidateGroups(fixture.task(pi.getBusinessKey(), "superviseLevel3")))
                .containsExactly("center-director");
    }

    @Test
    void inAnEmergencyTheFirstLevelSkipsTheSecondWhichIsToldAfterwards() {
        ProcessInstance pi = breached();
        fixture.complete("leader1", fixture.task(pi.getBusinessKey(), "superviseLevel1"), Map.of(
                "supervisionInstruction", "立即处理", "escalateNow", "SKIP",
                "escalationProposal", "客户已联系媒体，需中心主任出面"));

        sla.fire(pi, "level2Timer");
        assertThat(fixture.tasks(pi.getBusinessKey(), "superviseLevel2")).as("越级: no second level").isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("mail-delivery")
                .processInstanceBusinessKey(pi.getBusinessKey()).variableValueLike("mailTo", "director1%").count())
                .as("the cs-director is told afterwards").isOne();
        sla.fire(pi, "level3Timer");
        assertThat(fixture.candidateGroups(fixture.task(pi.getBusinessKey(), "superviseLevel3")))
                .containsExactly("center-director");
    }

    @Test
    void reportingUpWithoutAProposalSkippingFromAboveOrPastTheTopIsRefused() throws Exception {
        ProcessInstance pi = breached();
        Task level1 = fixture.task(pi.getBusinessKey(), "superviseLevel1");
        assertThatThrownBy(() -> fixture.complete("leader1", level1, Map.of("supervisionInstruction", "催办",
                "escalateNow", "UP"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("escalationProposal");
        fixture.complete("leader1", level1, Map.of("supervisionInstruction", "催办"));
        SlaFixture.at(Duration.ofHours(60));
        sla.fire(pi, "level2Timer");

        String level2 = fixture.task(pi.getBusinessKey(), "superviseLevel2").getId();
        HttpResponse<String> skip = new ApiClient(port).post("/engine-rest/task/" + level2 + "/complete", "director1",
                Map.of("variables", Map.of("supervisionInstruction", Map.of("value", "越级"),
                        "escalateNow", Map.of("value", "SKIP"), "escalationProposal", Map.of("value", "直接上报"))));
        assertThat(skip.statusCode()).as(skip.body()).isEqualTo(400);
        assertThat(skip.body()).contains("escalateNow").contains("SL-3");
        assertThat(fixture.task(pi.getBusinessKey(), "superviseLevel2").getId()).isEqualTo(level2);

        SlaFixture.at(Duration.ofHours(72));
        sla.fire(pi, "level3Timer");
        Task level3 = fixture.task(pi.getBusinessKey(), "superviseLevel3");
        assertThatThrownBy(() -> fixture.complete("centerdirector1", level3, Map.of("supervisionInstruction", "处理",
                "escalateNow", "UP", "escalationProposal", "再往上")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("escalateNow");
    }

    private ProcessInstance breached() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        sla.dispatch(pi, "billing");
        SlaFixture.at(Duration.ofHours(48));
        sla.fire(pi, "breachTimer");
        return pi;
    }
}
