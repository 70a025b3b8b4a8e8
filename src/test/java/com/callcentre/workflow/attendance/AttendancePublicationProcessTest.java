package com.callcentre.workflow.attendance;

import static com.callcentre.workflow.attendance.AttendanceFixture.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.ProcessKeys;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through {@code attendance-publication} (seed 001 考勤: 每月公布一次), driven by its start
 * timer at the engine's clock as the job executor would run it: on the 3rd at 09:00 (business zone)
 * November's register is frozen as published and mailed, each person their own line only, the duty
 * leaders and the cs-director the whole register; a second start (another node, a restart) finds the
 * month published and mails nothing.
 */
@ApplicationTest
class AttendancePublicationProcessTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ProcessEngine engine;
    @Autowired
    AttendanceFixture fixture;

    /** agent1 late 25 minutes on Monday 4 November (LV-8), present on Tuesday; agent2 present on Monday. */
    @BeforeEach
    void november() {
        init(engine);
        fixture.shift("agent1", MONDAY, ShiftType.DAY);
        fixture.shift("agent1", MONDAY.plusDays(1), ShiftType.DAY);
        fixture.shift("agent2", MONDAY, ShiftType.EVENING);
        fixture.recorded("agent1", MONDAY, ShiftType.DAY, 25);
        fixture.recorded("agent1", MONDAY.plusDays(1), ShiftType.DAY, 0);
        fixture.recorded("agent2", MONDAY, ShiftType.EVENING, 0);
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    private Job startTimer() {
        return engine.getManagementService().createJobQuery().processDefinitionKey(ProcessKeys.ATTENDANCE_PUBLICATION)
                .timers().activityId("publicationDayReached").singleResult();
    }

    /** Fires the start timer as the job executor does when it is due. */
    private void fire() {
        Job timer = startTimer();
        assertThat(timer).as("the start timer").isNotNull();
        engine.getManagementService().executeJob(timer.getId());
    }

    private String email(String userId) {
        return engine.getIdentityService().createUserQuery().userId(userId).singleResult().getEmail()
                .toLowerCase(Locale.ROOT);
    }

    private Set<String> emailsOf(String... groups) {
        return Stream.of(groups).flatMap(g -> engine.getIdentityService().createUserQuery().memberOfGroup(g).list()
                .stream()).map(User::getEmail).filter(e -> e != null && !e.isBlank())
                .map(e -> e.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    @Test
    void theStartTimerIsTheThirdAtNineInTheBusinessZoneAndComesRoundMonthly() {
        ZonedDateTime due = startTimer().getDuedate().toInstant().atZone(SHANGHAI);
        assertThat(due.getDayOfMonth()).isEqualTo(3);
        assertThat(due.toLocalTime()).hasToString("09:00");

        AttendanceFixture.clock("2030-12-03T09:00+08:00");
        fire();
        ZonedDateTime next = startTimer().getDuedate().toInstant().atZone(SHANGHAI);
        assertThat(next.toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2031-01-03T09:00+08:00"));
    }

    @Test
    void onThePublicationDayTheMonthBeforeIsFrozenAndEachPersonIsMailedTheirOwnLineOnly() {
        AttendanceFixture.clock("2030-12-03T09:00+08:00");
        Set<String> before = instances().stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
        fire();

        List<HistoricProcessInstance> started = instances().stream().filter(h -> !before.contains(h.getId())).toList();
        assertThat(started).as("one instance of November, by business key").hasSize(1);
        HistoricProcessInstance history = started.get(0);
        assertThat(history.getEndActivityId()).isEqualTo("registerPublished");
        assertThat(passed(history.getId())).contains("freezeRegister", "mailRegister").doesNotContain("publishedBefore");
        assertThat(fixture.publications("2030-11")).isEqualTo(1);

        List<AttendanceFixture.Queued> mail = fixture.mail("KQ203011");
        List<AttendanceFixture.Queued> lines = mail.stream().filter(m -> m.event().equals("ATTENDANCE_LINE")).toList();
        assertThat(lines).extracting(AttendanceFixture.Queued::orderKey, AttendanceFixture.Queued::recipient)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("agent1", email("agent1")),
                        org.assertj.core.groups.Tuple.tuple("agent2", email("agent2")));
        AttendanceFixture.Queued agent1 = lines.stream().filter(m -> m.orderKey().equals("agent1")).findFirst()
                .orElseThrow();
        assertThat(agent1.subject()).startsWith("【考勤公布】2030年11月");
        assertThat(agent1.text()).contains("工号：agent1", "排班班次：2 个", "出勤：2 个班次", "迟到：1 次，共 25 分钟",
                "违纪（LV-8）：1 次", "旷工：0 个班次", "病假：0 天", "加班：0 分钟", "脱岗：0 次");
        assertThat(agent1.text() + agent1.html()).as("never another's line").doesNotContain("agent2");
        AttendanceFixture.Queued agent2 = lines.stream().filter(m -> m.orderKey().equals("agent2")).findFirst()
                .orElseThrow();
        assertThat(agent2.text()).contains("工号：agent2", "迟到：0 次", "违纪（LV-8）：0 次");
        assertThat(agent2.text() + agent2.html()).doesNotContain("agent1", "25 分钟");

        Set<String> readers = emailsOf(StaffGroups.DUTY_LEADER, StaffGroups.CS_DIRECTOR);
        assertThat(readers).isNotEmpty();
        List<AttendanceFixture.Queued> register = mail.stream().filter(m -> m.event().equals("ATTENDANCE_REGISTER"))
                .toList();
        assertThat(register).extracting(AttendanceFixture.Queued::recipient).containsExactlyInAnyOrderElementsOf(readers);
        assertThat(register.get(0).text()).contains("/api/attendance/published.csv?month=2030-11", "人数：2 人",
                "违纪（LV-8）：1 次");
    }

    @Test
    void aSecondStartOfTheSameMonthFindsItPublishedAndMailsNobodyAgain() {
        AttendanceFixture.clock("2030-12-03T09:00+08:00");
        fire();
        int mails = fixture.mail("KQ203011").size();
        assertThat(mails).isGreaterThanOrEqualTo(2);

        // Another node, or a restart, starts the month's publication again.
        AttendanceFixture.clock("2030-12-03T09:05+08:00");
        ProcessInstance again = engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.ATTENDANCE_PUBLICATION);

        BpmnAwareTests.assertThat(again).hasPassed("freezeRegister", "publishedBefore").hasNotPassed("mailRegister")
                .isEnded();
        assertThat(fixture.publications("2030-11")).isEqualTo(1);
        assertThat(fixture.mail("KQ203011")).hasSize(mails);
        assertThat(fixture.mail("KQ203011").stream().filter(m -> m.orderKey().equals("agent1")).count())
                .as("one mail to agent1").isEqualTo(1);
    }

    private List<HistoricProcessInstance> instances() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.ATTENDANCE_PUBLICATION).processInstanceBusinessKey("KQ203011").list();
    }

    private List<String> passed(String instanceId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instanceId).list()
                .stream().map(a -> a.getActivityId()).toList();
    }
}
