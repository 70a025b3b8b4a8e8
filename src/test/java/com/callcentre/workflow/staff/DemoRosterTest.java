package com.callcentre.workflow.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo roster, which the demo and test profiles share and later features' tests rely on:
 * every demo user is an employee with a duty leader as the issue describes, and has shifts in
 * the coming two weeks; every weekday has agents on all three shifts.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class DemoRosterTest {

    static final Set<String> DEMO_USERS = Set.of("agent1", "agent2", "agent3", "agent4", "handler1", "manager1",
            "leader1", "leader2", "director1", "centerdirector1", "inspector1", "network1", "billing1", "business1",
            "aftersales1", "vip1");

    @Autowired
    Roster roster;
    @Autowired
    DemoRoster demo;
    @Autowired
    ShiftTimes times;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDemoUserIsAnEmployeeWithJobTypeSkillAndDutyLeader() {
        assertThat(DemoRoster.MEMBERS).extracting(DemoRoster.Member::userId).containsExactlyInAnyOrderElementsOf(DEMO_USERS);
        assertThat(roster.employee("agent1")).contains(
                new Employee("agent1", "王芳", JobType.AGENT, SkillLevel.INTERMEDIATE, "leader1"));
        assertThat(roster.employee("agent4")).contains(
                new Employee("agent4", "刘洋", JobType.AGENT, SkillLevel.JUNIOR, "leader2"));
        assertThat(roster.employee("agent3").orElseThrow().dutyLeader()).isEqualTo("leader2");
        assertThat(roster.employee("leader1")).contains(
                new Employee("leader1", "赵磊", JobType.DUTY_LEADER, SkillLevel.SENIOR, null));
        assertThat(roster.employee("vip1")).contains(
                new Employee("vip1", "郭婷", JobType.DEPARTMENT_LIAISON, SkillLevel.INTERMEDIATE, null));
        assertThat(ledBy("leader1")).containsExactlyInAnyOrder("agent1", "agent2", "handler1", "manager1",
                "inspector1");
        assertThat(ledBy("leader2")).containsExactlyInAnyOrder("agent3", "agent4");
        assertThat(roster.employee("director1").orElseThrow().jobType()).isEqualTo(JobType.CS_DIRECTOR);
        assertThat(roster.employee("centerdirector1").orElseThrow().jobType()).isEqualTo(JobType.CENTER_DIRECTOR);
    }

    @Test
    void everyoneHasShiftsInTheComingTwoWeeks() {
        LocalDate today = today();

        for (String user : DEMO_USERS) {
            assertThat(roster.shiftsOf(user, today, today.plusDays(13))).as(user).isNotEmpty();
        }
    }

    @Test
    void everyWeekdayOfTheComingFourWeeksHasAgentsOnAllThreeShifts() {
        LocalDate today = today();
        for (LocalDate date = today; date.isBefore(today.plusWeeks(4)); date = date.plusDays(1)) {
            if (date.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
                continue;
            }
            for (ShiftType type : ShiftType.values()) {
                assertThat(roster.countOnShift(date, type, JobType.AGENT)).as(date + " " + type).isPositive();
            }
            assertThat(roster.countOnShift(date, ShiftType.DAY, JobType.DUTY_LEADER)).as(date + " leader").isOne();
        }
    }

    @Test
    void agentsRotateWeeklySoThatTheyMaySwapAndNobodyWorksBackToBack() {
        LocalDate monday = today().with(DayOfWeek.MONDAY).plusWeeks(1);
        Map<String, ShiftType> thisWeek = new HashMap<>();
        Map<String, ShiftType> nextWeek = new HashMap<>();
        for (String agent : List.of("agent1", "agent2", "agent3", "agent4")) {
            thisWeek.put(agent, roster.shiftsOf(agent, monday, monday).get(0).type());
            nextWeek.put(agent, roster.shiftsOf(agent, monday.plusWeeks(1), monday.plusWeeks(1)).get(0).type());
        }
        assertThat(thisWeek).isNotEqualTo(nextWeek);
        assertThat(Set.copyOf(thisWeek.values())).containsExactlyInAnyOrder(ShiftType.values());

        LocalDate today = today();
        for (String user : DEMO_USERS) {
            List<Shift> shifts = roster.shiftsOf(user, today, today.plusWeeks(4).minusDays(1));
            for (int i = 1; i < shifts.size(); i++) {
                Instant previousEnd = shifts.get(i - 1).end();
                assertThat(shifts.get(i).start()).as(user + " " + shifts.get(i)).isAfter(previousEnd);
            }
        }
    }

    @Test
    void runningItAgainAddsNothing() {
        int before = jdbc.sql("select count(*) from shift").query(Integer.class).single();
        int employees = jdbc.sql("select count(*) from employee").query(Integer.class).single();

        demo.create();

        assertThat(jdbc.sql("select count(*) from shift").query(Integer.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from employee").query(Integer.class).single()).isEqualTo(employees);
    }

    private Set<String> ledBy(String leader) {
        return DEMO_USERS.stream().filter(u -> leader.equals(roster.employee(u).orElseThrow().dutyLeader()))
                .collect(Collectors.toSet());
    }

    private LocalDate today() {
        return times.dateOf(ClockUtil.getCurrentTime().toInstant());
    }
}
