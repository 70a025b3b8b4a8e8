package com.callcentre.workflow.staff;

import com.callcentre.workflow.calendar.HolidayCalendar;
import com.callcentre.workflow.system.BusinessClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data (also under the test profile, whose tests rely on it): an employee for every demo
 * user, named as in the engine, and four weeks of shifts from the business date of start-up.
 * The rotation is a function of the date alone, and a date on which anyone is rostered is left
 * as it is (swaps, later leave, a duty leader's changes), so every start may run it.
 * <ul>
 * <li>Agents, Monday to Friday, holidays included (holiday duty): in one week agent1 DAY,
 * agent2 EVENING, agent3 DAY, agent4 NIGHT, and each moves one step along
 * DAY, EVENING, DAY, NIGHT every week. Every weekday has DAY, EVENING and NIGHT cover;
 * a type is kept for the week, so nobody works back-to-back shifts (连班, SW-4).</li>
 * <li>leader1 DAY Monday to Friday; leader2 EVENING one week, NIGHT the next (by week, not by
 * day: an EVENING followed by the next day's NIGHT would be back-to-back).</li>
 * <li>Everyone else DAY on the holiday table's working days.</li>
 * </ul>
 * Weekends are not covered: a real roster is entered by the duty leaders.
 */
@Component
@Profile("demo")
class DemoRoster {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRoster.class);
    static final int WEEKS = 4;
    static final List<ShiftType> AGENT_ROTATION = List.of(ShiftType.DAY, ShiftType.EVENING, ShiftType.DAY,
            ShiftType.NIGHT);

    /** A demo user's place in the roster; duty leaders first, as the others refer to them. */
    record Member(String userId, JobType jobType, SkillLevel skillLevel, String dutyLeader) {
    }

    static final List<Member> MEMBERS = List.of(
            new Member("leader1", JobType.DUTY_LEADER, SkillLevel.SENIOR, null),
            new Member("leader2", JobType.DUTY_LEADER, SkillLevel.SENIOR, null),
            new Member("agent1", JobType.AGENT, SkillLevel.INTERMEDIATE, "leader1"),
            new Member("agent2", JobType.AGENT, SkillLevel.INTERMEDIATE, "leader1"),
            new Member("agent3", JobType.AGENT, SkillLevel.INTERMEDIATE, "leader2"),
            new Member("agent4", JobType.AGENT, SkillLevel.JUNIOR, "leader2"),
            new Member("handler1", JobType.COMPLAINT_HANDLER, SkillLevel.INTERMEDIATE, "leader1"),
            new Member("manager1", JobType.COMPLAINT_MANAGER, SkillLevel.SENIOR, "leader1"),
            new Member("inspector1", JobType.QUALITY_INSPECTOR, SkillLevel.SENIOR, "leader1"),
            new Member("director1", JobType.CS_DIRECTOR, SkillLevel.SENIOR, null),
            new Member("centerdirector1", JobType.CENTER_DIRECTOR, SkillLevel.SENIOR, null),
            new Member("network1", JobType.DEPARTMENT_LIAISON, SkillLevel.INTERMEDIATE, null),
            new Member("billing1", JobType.DEPARTMENT_LIAISON, SkillLevel.INTERMEDIATE, null),
            new Member("business1", JobType.DEPARTMENT_LIAISON, SkillLevel.INTERMEDIATE, null),
            new Member("aftersales1", JobType.DEPARTMENT_LIAISON, SkillLevel.INTERMEDIATE, null),
            new Member("vip1", JobType.DEPARTMENT_LIAISON, SkillLevel.INTERMEDIATE, null));

    private static final List<String> AGENTS = List.of("agent1", "agent2", "agent3", "agent4");

    private final Roster roster;
    private final ShiftTimes times;
    private final HolidayCalendar holidays;
    private final IdentityService identity;
    private final TransactionTemplate transaction;

    DemoRoster(Roster roster, ShiftTimes times, HolidayCalendar holidays, IdentityService identity,
            PlatformTransactionManager transactions) {
        this.roster = roster;
        this.times = times;
        this.holidays = holidays;
        this.identity = identity;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Before other demo data (DemoTickets), which may ask who is on duty. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void create() {
        long employees = MEMBERS.stream().filter(m -> roster.addEmployeeIfMissing(employee(m))).count();
        LocalDate today = times.dateOf(BusinessClock.now());
        int shifts = 0;
        for (LocalDate date = today; date.isBefore(today.plusWeeks(WEEKS)); date = date.plusDays(1)) {
            shifts += rosterOnce(date);
        }
        LOG.info("Demo roster: {} employees and {} shifts added ({} to {})", employees, shifts, today,
                today.plusWeeks(WEEKS).minusDays(1));
    }

    /** The date's demo shifts in one transaction, unless anyone is rostered on it already. */
    private int rosterOnce(LocalDate date) {
        try {
            Integer added = transaction.execute(status -> {
                if (roster.isRostered(date)) {
                    return 0;
                }
                int count = 0;
                for (Member member : MEMBERS) {
                    Optional<ShiftType> type = shiftOf(member.userId(), member.jobType(), date);
                    if (type.isPresent()) {
                        roster.addShift(member.userId(), date, type.get());
                        count++;
                    }
                }
                return count;
            });
            return added == null ? 0 : added;
        } catch (DuplicateShiftException e) {
            return 0; // another node rostered the date meanwhile
        }
    }

    /** The rotation: the member's shift on that date, if any. */
    Optional<ShiftType> shiftOf(String userId, JobType jobType, LocalDate date) {
        boolean weekday = date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
        int week = Math.floorDiv((int) date.toEpochDay() + 3, 7); // weeks Monday to Sunday, epoch Monday 1969-12-29
        if (jobType == JobType.AGENT) {
            int agent = AGENTS.indexOf(userId);
            return weekday ? Optional.of(AGENT_ROTATION.get(Math.floorMod(agent + week, AGENT_ROTATION.size())))
                    : Optional.empty();
        }
        if ("leader1".equals(userId)) {
            return weekday ? Optional.of(ShiftType.DAY) : Optional.empty();
        }
        if ("leader2".equals(userId)) {
            return weekday ? Optional.of(week % 2 == 0 ? ShiftType.EVENING : ShiftType.NIGHT) : Optional.empty();
        }
        return holidays.isWorkingDay(date) ? Optional.of(ShiftType.DAY) : Optional.empty();
    }

    /** Named as the engine's user (王芳); the user id if there is no such user. */
    private Employee employee(Member member) {
        User user = identity.createUserQuery().userId(member.userId()).singleResult();
        String name = user == null ? member.userId() : user.getLastName() + user.getFirstName();
        return new Employee(member.userId(), name, member.jobType(), member.skillLevel(), member.dutyLeader());
    }
}
