package com.callcentre.workflow.leave;

import static com.callcentre.workflow.leave.LeaveFixture.TUESDAY;
import static com.callcentre.workflow.leave.LeaveFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.RuleRefusal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each leave rule of {@link LeaveRules}, a case that passes and one that fails, at the edges the
 * issue names: exactly one day (one hour) ahead, 12:00, exactly two days ahead. Shifts in 2030.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class LeaveRulesTest {

    /** agent1's DAY shift on Tuesday: 08:00-16:00 in Shanghai. */
    static final Instant DAY_START = at("2030-01-08T08:00+08:00");
    static final Instant DAY_END = at("2030-01-08T16:00+08:00");

    @Autowired
    LeaveRules rules;
    @Autowired
    LeaveFixture fixture;
    @Autowired
    LeaveBook book;

    @BeforeEach
    void roster() {
        fixture.shift("agent1", TUESDAY, ShiftType.DAY);
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    static LeaveApplication leave(String employee, String submitter, LeaveType type, Instant start, Instant end) {
        return new LeaveApplication(employee, submitter, type, start, end, "家中有事", false);
    }

    static LeaveApplication day(LeaveType type, String submitter) {
        return leave("agent1", submitter, type, DAY_START, DAY_END);
    }

    private static String ruleOf(Runnable check) {
        try {
            check.run();
        } catch (RuleRefusal refusal) {
            return refusal.rule();
        }
        return null;
    }

    // --- LV-4 -------------------------------------------------------------------------------

    @Test
    void lv4PersonalLeaveAskedForBySomeoneElseIsRefused() {
        Instant now = at("2030-01-06T10:00+08:00");
        assertThat(ruleOf(() -> rules.check(day(LeaveType.PERSONAL, "agent2"), now))).isEqualTo("LV-4");
        assertThat(ruleOf(() -> rules.check(day(LeaveType.PERSONAL_SPECIAL, "leader1"), now))).isEqualTo("LV-4");
    }

    @Test
    void lv4PersonalLeaveInPersonAndSickLeaveBySomeoneElsePass() {
        Instant now = at("2030-01-06T10:00+08:00");
        assertThat(rules.check(day(LeaveType.PERSONAL, "agent1"), now).exceptions()).isEmpty();
        assertThat(rules.check(day(LeaveType.SICK, "agent2"), now).exceptions()).isEmpty();
    }

    // --- LV-2 -------------------------------------------------------------------------------

    @Test
    void lv2PersonalLeaveExactlyOneDayBeforeTheShiftIsInTimeAndAMinuteLaterIsMarked() {
        Instant oneDayAhead = DAY_START.minusSeconds(24 * 3600);
        assertThat(rules.check(day(LeaveType.PERSONAL, "agent1"), oneDayAhead).exceptions()).isEmpty();
        assertThat(rules.check(day(LeaveType.PERSONAL, "agent1"), oneDayAhead.plusSeconds(60)).exceptions())
                .containsExactly(LeaveException.LATE);
    }

    @Test
    void lv2SpecialPersonalLeaveExactlyOneHourBeforeIsInTimeAndAMinuteLaterIsMarked() {
        Instant oneHourAhead = DAY_START.minusSeconds(3600);
        assertThat(rules.check(day(LeaveType.PERSONAL_SPECIAL, "agent1"), oneHourAhead).exceptions()).isEmpty();
        assertThat(rules.check(day(LeaveType.PERSONAL_SPECIAL, "agent1"), oneHourAhead.plusSeconds(60)).exceptions())
                .containsExactly(LeaveException.LATE);
    }

    @Test
    void lv2SickLeaveExactlyOneHourBeforeIsInTimeAndAMinuteLaterIsMarked() {
        Instant oneHourAhead = DAY_START.minusSeconds(3600);
        assertThat(rules.check(day(LeaveType.SICK, "agent1"), oneHourAhead).exceptions()).isEmpty();
        assertThat(rules.check(day(LeaveType.SICK, "agent2"), oneHourAhead.plusSeconds(60)).exceptions())
                .containsExactly(LeaveException.LATE);
    }

    @Test
    void lv2AnEmergencySickLeaveIsInTimeUntilTheShiftStartsAndMarkedAfter() {
        LeaveApplication emergency = new LeaveApplication("agent1", "agent2", LeaveType.SICK, DAY_START, DAY_END,
                "急诊", true);
        assertThat(rules.check(emergency, DAY_START).exceptions()).isEmpty();
        assertThat(rules.check(emergency, DAY_START.plusSeconds(60)).exceptions()).containsExactly(LeaveException.LATE);
    }

    @Test
    void lv2DoesNotConcernOtherTypes() {
        assertThat(rules.check(day(LeaveType.BEREAVEMENT, "agent1"), DAY_START.minusSeconds(60)).exceptions())
                .isEmpty();
    }

    // --- LV-6 -------------------------------------------------------------------------------

    @Test
    void lv6NightShiftAskedForTheMinuteBefore12IsAcceptedAndMarked() {
        // The NIGHT shift of Wednesday runs 00:00-08:00: the night begins on Tuesday, its deadline is Tuesday 12:00.
        fixture.shift("agent1", TUESDAY.plusDays(1), ShiftType.NIGHT);
        LeaveApplication night = leave("agent1", "agent1", LeaveType.SICK, at("2030-01-09T00:00+08:00"),
                at("2030-01-09T08:00+08:00"));

        CheckedLeave checked = rules.check(night, at("2030-01-08T11:59+08:00"));

        assertThat(checked.exceptions()).containsExactly(LeaveException.NIGHT_SHIFT);
        assertThat(rules.nightDeadline(checked.shifts().get(0))).isEqualTo(at("2030-01-08T12:00+08:00"));
    }

    @Test
    void lv6NightShiftAskedForAt12OrAfterIsRefused() {
        fixture.shift("agent1", TUESDAY.plusDays(1), ShiftType.NIGHT);
        LeaveApplication night = leave("agent1", "agent1", LeaveType.SICK, at("2030-01-09T00:00+08:00"),
                at("2030-01-09T08:00+08:00"));

        assertThat(ruleOf(() -> rules.check(night, at("2030-01-08T12:00+08:00")))).isEqualTo("LV-6");
        assertThat(ruleOf(() -> rules.check(night, at("2030-01-08T12:01+08:00")))).isEqualTo("LV-6");
    }

    @Test
    void lv6AnEmergencySickLeavePhonedInBySomeoneElseBeforeTheNightIsAcceptedAndMarked() {
        fixture.shift("agent1", TUESDAY.plusDays(1), ShiftType.NIGHT);
        LeaveApplication phonedIn = new LeaveApplication("agent1", "agent2", LeaveType.SICK,
                at("2030-01-09T00:00+08:00"), at("2030-01-09T08:00+08:00"), "急诊", true);

        CheckedLeave checked = rules.check(phonedIn, at("2030-01-08T23:00+08:00"));

        assertThat(checked.exceptions()).containsExactly(LeaveException.NIGHT_SHIFT,
                LeaveException.PHONED_IN_EMERGENCY);
    }

    @Test
    void lv6AnEmergencyInPersonAfterTheShiftStartedOrNotAnEmergencyIsStillRefused() {
        fixture.shift("agent1", TUESDAY.plusDays(1), ShiftType.NIGHT);
        Instant start = at("2030-01-09T00:00+08:00");
        Instant end = at("2030-01-09T08:00+08:00");
        LeaveApplication inPerson = new LeaveApplication("agent1", "agent1", LeaveType.SICK, start, end, "急诊", true);
        LeaveApplication begun = new LeaveApplication("agent1", "agent2", LeaveType.SICK, start, end, "急诊", true);
        LeaveApplication ordinary = new LeaveApplication("agent1", "agent2", LeaveType.SICK, start, end, "病", false);

        assertThat(ruleOf(() -> rules.check(inPerson, at("2030-01-08T23:00+08:00")))).isEqualTo("LV-6");
        assertThat(ruleOf(() -> rules.check(begun, start.plusSeconds(60)))).isEqualTo("LV-6");
        assertThat(ruleOf(() -> rules.check(ordinary, at("2030-01-08T23:00+08:00")))).isEqualTo("LV-6");
    }

    // --- LV-7 -------------------------------------------------------------------------------

    @Test
    void lv7AnEmergencySickLeavePhonedInBySomeoneElseBeforeHolidayDutyIsAcceptedAndMarked() {
        LocalDate holiday = TUESDAY.plusDays(2);
        fixture.holiday(holiday);
        fixture.shift("agent1", holiday, ShiftType.DAY);
        LeaveApplication phonedIn = new LeaveApplication("agent1", "leader1", LeaveType.SICK,
                at("2030-01-10T08:00+08:00"), at("2030-01-10T16:00+08:00"), "急诊", true);

        assertThat(rules.check(phonedIn, at("2030-01-10T06:00+08:00")).exceptions())
                .containsExactly(LeaveException.HOLIDAY, LeaveException.PHONED_IN_EMERGENCY);
        assertThat(ruleOf(() -> rules.check(phonedIn, at("2030-01-10T08:01+08:00")))).isEqualTo("LV-7");
    }

    @Test
    void lv7HolidayDutyAskedForExactlyTwoDaysAheadIsAcceptedAndMarked() {
        LocalDate holiday = TUESDAY.plusDays(2);
        fixture.holiday(holiday);
        fixture.shift("agent1", holiday, ShiftType.DAY);
        LeaveApplication duty = leave("agent1", "agent1", LeaveType.PERSONAL, at("2030-01-10T08:00+08:00"),
                at("2030-01-10T16:00+08:00"));

        CheckedLeave checked = rules.check(duty, at("2030-01-08T00:00+08:00"));

        assertThat(checked.exceptions()).containsExactly(LeaveException.HOLIDAY);
    }

    @Test
    void lv7HolidayDutyAskedForLessThanTwoDaysAheadIsRefused() {
        LocalDate holiday = TUESDAY.plusDays(2);
        fixture.holiday(holiday);
        fixture.shift("agent1", holiday, ShiftType.DAY);
        LeaveApplication duty = leave("agent1", "agent1", LeaveType.PERSONAL, at("2030-01-10T08:00+08:00"),
                at("2030-01-10T16:00+08:00"));

        assertThat(ruleOf(() -> rules.check(duty, at("2030-01-08T00:01+08:00")))).isEqualTo("LV-7");
    }

    @Test
    void lv7ABreakDayWithoutAShiftOfTheEmployeeIsNoHolidayDuty() {
        fixture.holiday(TUESDAY.plusDays(1));
        LeaveApplication twoDays = leave("agent1", "agent1", LeaveType.SICK, DAY_START, at("2030-01-10T08:00+08:00"));

        assertThat(rules.check(twoDays, at("2030-01-08T07:00+08:00")).exceptions()).isEmpty();
    }

    // --- LV-9 -------------------------------------------------------------------------------

    @Test
    void lv9AShiftObtainedByASwapIsRefused() {
        long swapped = fixture.shift("agent1", TUESDAY.plusDays(1), ShiftType.DAY);
        fixture.markSwapped(swapped, 7);
        LeaveApplication onSwapped = leave("agent1", "agent1", LeaveType.SICK, at("2030-01-09T08:00+08:00"),
                at("2030-01-09T16:00+08:00"));

        assertThat(ruleOf(() -> rules.check(onSwapped, LeaveFixture.SUNDAY_10))).isEqualTo("LV-9");
    }

    @Test
    void lv9AShiftThatRepaysASwapIsRefusedAndAnOrdinaryShiftPasses() {
        long repaying = fixture.shift("agent1", TUESDAY.plusDays(1), ShiftType.DAY);
        fixture.markRepaying(repaying, 7);
        LeaveApplication onRepaying = leave("agent1", "agent1", LeaveType.SICK, at("2030-01-09T08:00+08:00"),
                at("2030-01-09T16:00+08:00"));

        assertThat(ruleOf(() -> rules.check(onRepaying, LeaveFixture.SUNDAY_10))).isEqualTo("LV-9");
        assertThat(ruleOf(() -> rules.check(day(LeaveType.SICK, "agent1"), LeaveFixture.SUNDAY_10))).isNull();
    }

    // --- input checks -------------------------------------------------------------------------

    @Test
    void aPeriodWithoutAShiftOfTheEmployeeIsBadInput() {
        LeaveApplication noShift = leave("agent1", "agent1", LeaveType.SICK, DAY_END, at("2030-01-08T23:00+08:00"));

        assertThatThrownBy(() -> rules.check(noShift, LeaveFixture.SUNDAY_10))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("start"));
    }

    @Test
    void aPeriodOverlappingAPendingRequestIsBadInputAndOneRightAfterItPasses() {
        fixture.shift("agent1", TUESDAY, ShiftType.EVENING);
        book.insert("QJ20300106-9999", null, rules.check(day(LeaveType.SICK, "agent1"), LeaveFixture.SUNDAY_10),
                LeaveFixture.SUNDAY_10);
        LeaveApplication overlapping = leave("agent1", "agent1", LeaveType.SICK, at("2030-01-08T15:00+08:00"),
                at("2030-01-08T20:00+08:00"));
        LeaveApplication after = leave("agent1", "agent1", LeaveType.SICK, DAY_END, at("2030-01-09T00:00+08:00"));

        assertThatThrownBy(() -> rules.check(overlapping, LeaveFixture.SUNDAY_10))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("QJ20300106-9999");
        assertThat(rules.check(after, LeaveFixture.SUNDAY_10).shifts()).extracting(s -> s.type())
                .containsExactly(ShiftType.EVENING);
    }

    @Test
    void aShiftCountsWhenThePeriodOverlapsItOnly() {
        // 16:00 is the end of the DAY shift (exclusive): a leave from 16:00 does not touch it.
        assertThat(rules.shiftsIn("agent1", at("2030-01-08T15:59+08:00"), at("2030-01-08T17:00+08:00"))).hasSize(1);
        assertThat(rules.shiftsIn("agent1", DAY_END, at("2030-01-08T17:00+08:00"))).isEmpty();
        assertThat(rules.shiftsIn("agent1", at("2030-01-08T06:00+08:00"), DAY_START)).isEmpty();
    }

    // --- LV-3 and LV-5 ------------------------------------------------------------------------

    @Test
    void lv3OneDayStaysWithTheCsDirectorLongerOrOfficialGoesToTheCentreDirector() {
        assertThat(LeaveRules.needsCenterDirector(leave("agent1", "agent1", LeaveType.PERSONAL, DAY_START,
                DAY_START.plusSeconds(24 * 3600)))).isFalse();
        assertThat(LeaveRules.needsCenterDirector(leave("agent1", "agent1", LeaveType.PERSONAL, DAY_START,
                DAY_START.plusSeconds(24 * 3600 + 60)))).isTrue();
        assertThat(LeaveRules.needsCenterDirector(day(LeaveType.OFFICIAL, "agent1"))).isTrue();
    }

    @Test
    void lv5SickLeaveOfAFullDayNeedsACertificateUnlessAnEmergency() {
        Instant fullDay = DAY_START.plusSeconds(24 * 3600);
        assertThat(LeaveRules.certificateRequired(leave("agent1", "agent2", LeaveType.SICK, DAY_START, fullDay))).isTrue();
        assertThat(LeaveRules.certificateRequired(leave("agent1", "agent2", LeaveType.SICK, DAY_START,
                fullDay.minusSeconds(60)))).isFalse();
        assertThat(LeaveRules.certificateRequired(new LeaveApplication("agent1", "agent2", LeaveType.SICK, DAY_START,
                fullDay, "急诊", true))).isFalse();
        assertThat(LeaveRules.certificateRequired(leave("agent1", "agent1", LeaveType.PERSONAL, DAY_START, fullDay)))
                .isFalse();
    }

    @Test
    void lv5TheFirstDayBackIsTheDayAfterTheLeavesLastDay() {
        assertThat(rules.firstDayBack(at("2030-01-10T00:00+08:00"))).isEqualTo(LocalDate.of(2030, 1, 10));
        assertThat(rules.firstDayBack(at("2030-01-09T16:00+08:00"))).isEqualTo(LocalDate.of(2030, 1, 10));
        // The business zone counts, not UTC: 2030-01-09T20:00Z is 04:00 on the 10th in Shanghai.
        assertThat(rules.firstDayBack(OffsetDateTime.of(2030, 1, 9, 20, 0, 0, 0, ZoneOffset.UTC).toInstant()))
                .isEqualTo(LocalDate.of(2030, 1, 11));
    }
}
