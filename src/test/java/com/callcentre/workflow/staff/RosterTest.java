package com.callcentre.workflow.staff;

import static com.callcentre.workflow.staff.ShiftTimesTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.system.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The roster as the leave, swap and escalation features use it. Shifts are written in 2030, far
 * from the demo roster, and removed after each test.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class RosterTest {

    static final LocalDate DATE = LocalDate.of(2030, 1, 8);

    @Autowired
    Roster roster;
    @Autowired
    RosterFixture fixture;

    @AfterEach
    void removeWhatTheTestsWrote() {
        fixture.removeTestShifts();
    }

    @Test
    void onDutyAtTheBoundariesTheStartingShiftCounts() {
        roster.addShift("agent1", DATE, ShiftType.NIGHT);
        roster.addShift("agent2", DATE, ShiftType.DAY);
        roster.addShift("agent3", DATE, ShiftType.EVENING);
        roster.addShift("leader1", DATE, ShiftType.DAY);

        assertThat(agentsAt("2030-01-07T23:59:59+08:00")).isEmpty();
        assertThat(agentsAt("2030-01-08T00:00+08:00")).containsExactly("agent1");
        assertThat(agentsAt("2030-01-08T07:59:59.999+08:00")).containsExactly("agent1");
        assertThat(agentsAt("2030-01-08T08:00+08:00")).containsExactly("agent2");
        assertThat(agentsAt("2030-01-08T15:59:59+08:00")).containsExactly("agent2");
        assertThat(agentsAt("2030-01-08T16:00+08:00")).containsExactly("agent3");
        assertThat(agentsAt("2030-01-08T23:59:59+08:00")).containsExactly("agent3");
        assertThat(agentsAt("2030-01-09T00:00+08:00")).isEmpty();
        assertThat(roster.onDutyAt(at("2030-01-08T08:00+08:00"), JobType.DUTY_LEADER)).extracting(Employee::userId)
                .containsExactly("leader1");
        assertThat(roster.onDutyAt(at("2030-01-08T07:00+08:00"), JobType.DUTY_LEADER)).isEmpty();
    }

    @Test
    void everyoneOnDutyOfThatJobTypeIsListedByUserId() {
        roster.addShift("agent3", DATE, ShiftType.DAY);
        roster.addShift("agent1", DATE, ShiftType.DAY);
        roster.addShift("leader1", DATE, ShiftType.DAY);

        List<Employee> agents = roster.onDutyAt(at("2030-01-08T12:00+08:00"), JobType.AGENT);

        assertThat(agents).extracting(Employee::userId).containsExactly("agent1", "agent3");
        assertThat(agents.get(0)).isEqualTo(new Employee("agent1", "王芳", JobType.AGENT, SkillLevel.INTERMEDIATE,
                "leader1"));
    }

    @Test
    void countOnShiftCountsThatJobTypeOnly() {
        roster.addShift("agent1", DATE, ShiftType.DAY);
        roster.addShift("agent2", DATE, ShiftType.DAY);
        roster.addShift("agent3", DATE, ShiftType.EVENING);
        roster.addShift("leader1", DATE, ShiftType.DAY);

        assertThat(roster.countOnShift(DATE, ShiftType.DAY, JobType.AGENT)).isEqualTo(2);
        assertThat(roster.countOnShift(DATE, ShiftType.EVENING, JobType.AGENT)).isEqualTo(1);
        assertThat(roster.countOnShift(DATE, ShiftType.NIGHT, JobType.AGENT)).isZero();
        assertThat(roster.countOnShift(DATE, ShiftType.DAY, JobType.DUTY_LEADER)).isEqualTo(1);
        assertThat(roster.countOnShift(DATE.plusDays(1), ShiftType.DAY, JobType.AGENT)).isZero();
    }

    @Test
    void anAddedShiftIsReadBackWithItsTimes() {
        long id = roster.addShift("agent4", DATE, ShiftType.EVENING);

        Shift shift = roster.shift(id).orElseThrow();

        assertThat(shift).isEqualTo(new Shift(id, "agent4", DATE, ShiftType.EVENING, at("2030-01-08T16:00+08:00"),
                at("2030-01-09T00:00+08:00"), Shift.Origin.ROSTER, null));
        assertThat(roster.shift(id + 1_000_000)).isEmpty();
    }

    @Test
    void shiftsOfAnEmployeeAreInTimeOrderWithinTheDatesGiven() {
        long evening = roster.addShift("agent1", DATE, ShiftType.EVENING);
        long night = roster.addShift("agent1", DATE, ShiftType.NIGHT);
        long nextDay = roster.addShift("agent1", DATE.plusDays(1), ShiftType.DAY);
        roster.addShift("agent1", DATE.plusDays(2), ShiftType.DAY);
        roster.addShift("agent2", DATE, ShiftType.DAY);

        assertThat(roster.shiftsOf("agent1", DATE, DATE.plusDays(1))).extracting(Shift::id)
                .containsExactly(night, evening, nextDay);
        assertThat(roster.shiftsOf("agent1", DATE.minusDays(1), DATE.minusDays(1))).isEmpty();
    }

    @Test
    void aSwappedShiftCarriesItsOriginAndSwap() {
        long id = roster.addShift("agent2", DATE, ShiftType.DAY);
        fixture.markSwapped(id, 42);

        Shift shift = roster.shift(id).orElseThrow();

        assertThat(shift.origin()).isEqualTo(Shift.Origin.SWAP);
        assertThat(shift.swapId()).isEqualTo(42L);
    }

    @Test
    void anUnknownEmployeeIsNamedAndADuplicateRefused() {
        assertThatThrownBy(() -> roster.addShift("nobody", DATE, ShiftType.DAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field)
                                .containsExactly("employee"));
        roster.addShift("agent1", DATE, ShiftType.DAY);

        assertThatThrownBy(() -> roster.addShift("agent1", DATE, ShiftType.DAY))
                .isInstanceOf(DuplicateShiftException.class).hasMessageContaining("agent1", "2030-01-08", "白班");
        assertThat(roster.shiftsOf("agent1", DATE, DATE)).hasSize(1);
        assertThat(roster.employee("nobody")).isEmpty();
    }

    private List<String> agentsAt(String instant) {
        Instant at = at(instant);
        return roster.onDutyAt(at, JobType.AGENT).stream().map(Employee::userId).toList();
    }
}
