package com.callcentre.workflow.emergency;

import static com.callcentre.workflow.emergency.EmergencyFixture.DAY;
import static com.callcentre.workflow.emergency.EmergencyFixture.clock;
import static com.callcentre.workflow.emergency.EmergencyFixture.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.staff.ShiftType;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through {@code emergency} (EM-1, SL-3, HO-3), at the engine's clock: registered by
 * anyone on the floor, the duty leader on duty gets the task at once and alone, the cs-director is
 * mailed, the duty log records each step; a kind that must be reported up goes level by level or
 * skips the cs-director, who is told afterwards; no answer in time tells the cs-director.
 */
@ApplicationTest
class EmergencyProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    EmergencyFixture fixture;
    @Autowired
    Emergencies emergencies;

    @BeforeEach
    void setUp() {
        init(engine);
        fixture.rostered("leader1", DAY, ShiftType.DAY);
        fixture.rostered("leader2", DAY, ShiftType.EVENING);
        clock("2030-06-11T10:00+08:00");
    }

    @AfterEach
    void cleanUp() {
        fixture.clean();
    }

    private static Map<String, Object> handled(String actions, String route) {
        Map<String, Object> answers = new java.util.HashMap<>();
        answers.put("actionsTaken", actions);
        if (route != null) {
            answers.put("reportRoute", route);
        }
        return answers;
    }

    @Test
    void em1AnOutageGoesToTheLeaderOnDutyAloneTheCsDirectorIsMailedAndTheLogRecordsWhatWasDone() {
        ProcessInstance pi = fixture.report("agent1", report("NETWORK_OUTAGE", "坐席系统全部断网 <b>无法接入</b>", "三楼话务大厅"));

        String no = pi.getBusinessKey();
        assertThat(no).matches("TF20300611-\\d{4,}");
        BpmnAwareTests.assertThat(pi).isWaitingAt("handleEmergency").task().isAssignedTo("leader1");
        Task task = fixture.task(pi, "handleEmergency");
        assertThat(fixture.candidateGroups(task)).as("nobody else may take it").isEmpty();
        assertThat(task.getName()).isEqualTo("处置突发事件");
        assertThat(task.getDescription()).contains("EM-1");
        assertThat(task.getDueDate()).as("a short due: emergency.answer-within")
                .isEqualTo(Date.from(java.time.OffsetDateTime.parse("2030-06-11T10:15+08:00").toInstant()));
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "mustReportUp")).isEqualTo(false);
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "situationText"))
                .as("shown as typed in the form").contains("\\<b\\>");

        assertThat(fixture.mail(no)).extracting(EmergencyFixture.Queued::event, EmergencyFixture.Queued::recipient)
                .containsExactly(tuple("EMERGENCY", fixture.email("director1")));
        EmergencyFixture.Queued mail = fixture.mail(no).get(0);
        assertThat(mail.subject()).isEqualTo("【突发事件】" + no + " 网络中断 三楼话务大厅");
        assertThat(mail.text()).contains("坐席系统全部断网 <b>无法接入</b>", "赵磊（leader1）", "王芳（agent1）");
        assertThat(mail.html()).contains("&lt;b&gt;无法接入&lt;/b&gt;").doesNotContain("<b>无法接入");

        clock("2030-06-11T10:10+08:00");
        fixture.complete("leader1", task, handled("已通知网络部抢修，坐席改用备用线路", null));

        BpmnAwareTests.assertThat(pi).hasPassed("recordAction", "emergencyHandled").isEnded();
        Emergencies.Row row = emergencies.find(no).orElseThrow();
        assertThat(row.actionsTaken()).isEqualTo("已通知网络部抢修，坐席改用备用线路");
        assertThat(row.handledBy()).isEqualTo("leader1");
        assertThat(row.route()).isEqualTo("NONE");
        assertThat(fixture.log(no)).extracting(EmergencyFixture.Entry::kind, EmergencyFixture.Entry::author)
                .containsExactly(tuple("EMERGENCY", "system"), tuple("EMERGENCY", "leader1"));
        EmergencyFixture.Entry first = fixture.log(no).get(0);
        assertThat(first.text()).startsWith("【网络中断】地点：三楼话务大厅；情况：坐席系统全部断网 <b>无法接入</b>");
        assertThat(first.dutyLeader()).isEqualTo("leader1");
        assertThat(first.shiftDate()).isEqualTo(DAY);
        assertThat(first.shiftType()).isEqualTo("DAY");
        assertThat(fixture.log(no).get(1).text()).isEqualTo("处置：已通知网络部抢修，坐席改用备用线路（赵磊）");
        assertThat(fixture.mail(no)).as("nothing to report up: no further mail").hasSize(1);
    }

    @Test
    void em1AFireIsReportedUpLevelByLevelAndEachInstructionIsOnTheLog() {
        ProcessInstance pi = fixture.report("agent2", report("FIRE", "机房冒烟", "二楼机房"));
        String no = pi.getBusinessKey();
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "mustReportUp")).isEqualTo(true);

        fixture.complete("leader1", fixture.task(pi, "handleEmergency"), handled("已疏散人员并报警", "LEVEL"));

        BpmnAwareTests.assertThat(pi).isWaitingAt("csDirectorInstruction");
        Task cs = fixture.task(pi, "csDirectorInstruction");
        assertThat(fixture.candidateGroups(cs)).containsExactly("cs-director");
        fixture.complete("director1", cs, Map.of("csInstruction", "启用备用机房，报中心主任"));

        BpmnAwareTests.assertThat(pi).isWaitingAt("centreDirectorInstruction");
        Task centre = fixture.task(pi, "centreDirectorInstruction");
        assertThat(fixture.candidateGroups(centre)).containsExactly("center-director");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "csInstructionText")).asString()
                .contains("启用备用机房");
        fixture.complete("centerdirector1", centre, Map.of("centreInstruction", "同意，明日书面汇报"));

        BpmnAwareTests.assertThat(pi).hasPassed("levelJoin", "emergencyReportedUp").hasNotPassed("noticeSkippedLevel")
                .isEnded();
        assertThat(emergencies.find(no).orElseThrow().route()).isEqualTo("LEVEL");
        assertThat(fixture.log(no)).extracting(EmergencyFixture.Entry::kind, EmergencyFixture.Entry::text)
                .containsExactly(tuple("EMERGENCY", "【火灾】地点：二楼机房；情况：机房冒烟（报告人：李娜），交当班值班长 赵磊 处置"),
                        tuple("EMERGENCY", "处置：已疏散人员并报警（赵磊）"),
                        tuple("REPORTED_UP", "逐级上报客服部主任"),
                        tuple("REPORTED_UP", "客服部主任批示：启用备用机房，报中心主任（周强），转报客服中心主任"),
                        tuple("REPORTED_UP", "客服中心主任批示：同意，明日书面汇报（吴华）"));
        assertThat(fixture.mail(no)).extracting(EmergencyFixture.Queued::event).containsExactly("EMERGENCY");
    }

    @Test
    void em1InAnEmergencyTheDutyLeaderSkipsTheCsDirectorWhoIsToldAfterwards() {
        ProcessInstance pi = fixture.report("agent1", report("PRESS", "记者在大厅要求采访", "一楼大厅"));
        String no = pi.getBusinessKey();

        fixture.complete("leader1", fixture.task(pi, "handleEmergency"), handled("已请记者在会客室等候", "SKIP"));

        BpmnAwareTests.assertThat(pi).hasPassed("noticeSkippedLevel").hasNotPassed("csDirectorInstruction")
                .isWaitingAt("centreDirectorInstruction");
        assertThat(fixture.mail(no)).extracting(EmergencyFixture.Queued::event, EmergencyFixture.Queued::recipient)
                .containsExactly(tuple("EMERGENCY", fixture.email("director1")),
                        tuple("EMERGENCY_LEVEL_SKIPPED", fixture.email("director1")));
        assertThat(fixture.mail(no).get(1).text()).contains("越级直接上报客服中心主任", "已请记者在会客室等候");

        fixture.complete("centerdirector1", fixture.task(pi, "centreDirectorInstruction"),
                Map.of("centreInstruction", "由我接待"));

        BpmnAwareTests.assertThat(pi).hasPassed("emergencyReportedUp").isEnded();
        assertThat(fixture.log(no)).extracting(EmergencyFixture.Entry::text).contains(
                "情况紧急，越级上报客服中心主任，事后告知客服部主任", "已事后告知客服部主任（越级上报）",
                "客服中心主任批示：由我接待（吴华）");
    }

    @Test
    void em1NoAnswerFromTheDutyLeaderInTimeTellsTheCsDirectorAndTheTaskStaysWithTheLeader() {
        ProcessInstance pi = fixture.report("agent1", report("POWER_CUT", "整层停电", "三楼"));
        String no = pi.getBusinessKey();

        clock("2030-06-11T10:14+08:00");
        assertThat(fixture.fireAnswerTimer(pi)).as("not due before 15 minutes").isFalse();
        clock("2030-06-11T10:15+08:00");
        assertThat(fixture.fireAnswerTimer(pi)).isTrue();

        BpmnAwareTests.assertThat(pi).hasPassed("escalateUnanswered", "unansweredReported")
                .isWaitingAt("handleEmergency").task().isAssignedTo("leader1");
        assertThat(fixture.mail(no)).extracting(EmergencyFixture.Queued::event)
                .containsExactly("EMERGENCY", "EMERGENCY_UNANSWERED");
        EmergencyFixture.Queued late = fixture.mail(no).get(1);
        assertThat(late.text()).contains("15 分钟内值班长尚未处置", "#/?task=" + fixture.task(pi, "handleEmergency").getId());
        assertThat(fixture.log(no)).extracting(EmergencyFixture.Entry::kind, EmergencyFixture.Entry::text)
                .contains(tuple("REPORTED_UP", "15 分钟内未处置，已上报客服部主任"));

        fixture.complete("leader1", fixture.task(pi, "handleEmergency"), handled("已启用UPS并联系供电局", "LEVEL"));
        BpmnAwareTests.assertThat(pi).isWaitingAt("csDirectorInstruction");
    }

    @Test
    void em1WithNoDutyLeaderOnDutyTheCsDirectorHandlesIt() {
        clock("2030-06-12T03:00+08:00"); // nobody rostered on the night of the 12th

        ProcessInstance pi = fixture.report("agent1", report("DATA_LEAK", "发现客户资料被拍照外传", "二楼"));

        Task task = fixture.task(pi, "handleEmergency");
        assertThat(task.getAssignee()).isNull();
        assertThat(fixture.candidateGroups(task)).containsExactly("cs-director");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "dutyLeaderName")).asString().contains("无当班值班长");
        fixture.complete("director1", task, handled("已封存相关终端", "LEVEL"));
        BpmnAwareTests.assertThat(pi).isWaitingAt("csDirectorInstruction");
        assertThat(fixture.log(pi.getBusinessKey()).get(0).dutyLeader()).isNull();
    }
}
