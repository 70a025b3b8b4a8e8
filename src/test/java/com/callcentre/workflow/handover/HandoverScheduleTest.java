package com.callcentre.workflow.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.callcentre.workflow.staff.ShiftTimes;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.staff.StaffSettingsFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When handovers fall due (HO-1) and what their timers may be (HO-4), without the application:
 * the start timer's cycle from {@code staff.shift-times}, the shift that ended and the one after it,
 * and the settings' checks at start-up.
 */
class HandoverScheduleTest {

    private static HandoverSchedule schedule(Map<ShiftType, String> times) {
        ShiftTimes shiftTimes = StaffSettingsFixtures.shiftTimes(times, "Asia/Shanghai");
        return new HandoverSchedule(shiftTimes);
    }

    private static final Map<ShiftType, String> DEFAULT = Map.of(ShiftType.DAY, "08:00-16:00",
            ShiftType.EVENING, "16:00-24:00", ShiftType.NIGHT, "00:00-08:00");

    @Test
    void ho1EvenlySpacedShiftsStartAHandoverAtEachShiftsEndInTheBusinessZone() {
        assertThat(schedule(DEFAULT).cycle()).isEqualTo("R/2026-01-01T08:00:00+08:00/PT480M");
    }

    @Test
    void ho1UnevenShiftsFireHourlyAndTheFirstStepPicksTheShiftThatEnded() {
        HandoverSchedule uneven = schedule(Map.of(ShiftType.DAY, "08:30-17:00", ShiftType.EVENING, "17:00-23:00",
                ShiftType.NIGHT, "23:00-08:30"));
        assertThat(uneven.cycle()).isEqualTo("R/2026-01-01T00:00:00+08:00/PT1H");
    }

    @Test
    void ho1TheShiftThatEndedLastAndTheNextOne() {
        HandoverSchedule s = schedule(DEFAULT);
        LocalDate day = LocalDate.of(2030, 8, 13);

        HandoverSchedule.ShiftOf atFour = s.endedAt(Instant.parse("2030-08-13T08:00:00Z")).orElseThrow();
        HandoverSchedule.ShiftOf atMidnight = s.endedAt(Instant.parse("2030-08-13T16:00:00Z")).orElseThrow();
        HandoverSchedule.ShiftOf atEight = s.endedAt(Instant.parse("2030-08-14T00:05:00Z")).orElseThrow();

        assertThat(atFour.date()).isEqualTo(day);
        assertThat(atFour.type()).as("16:00 in Shanghai").isEqualTo(ShiftType.DAY);
        assertThat(s.next(atFour).orElseThrow().type()).isEqualTo(ShiftType.EVENING);
        assertThat(atMidnight.type()).as("24:00 in Shanghai").isEqualTo(ShiftType.EVENING);
        assertThat(atMidnight.date()).isEqualTo(day);
        assertThat(s.next(atMidnight).orElseThrow()).extracting(HandoverSchedule.ShiftOf::date,
                HandoverSchedule.ShiftOf::type).containsExactly(day.plusDays(1), ShiftType.NIGHT);
        assertThat(atEight.type()).as("08:05 the next day").isEqualTo(ShiftType.NIGHT);
        assertThat(atEight.date()).isEqualTo(day.plusDays(1));
    }

    @Test
    void ho4TheReminderComesBeforeTheEscalationOrTheApplicationDoesNotStart() {
        HandoverSettings defaults = new HandoverSettings(null, null, null);
        assertThat(defaults.remindAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.escalateAfter()).isEqualTo(Duration.ofMinutes(30));
        assertThatThrownBy(() -> new HandoverSettings(Duration.ofMinutes(30), Duration.ofMinutes(20), null))
                .hasMessageContaining("handover.escalate-after");
        assertThatThrownBy(() -> new HandoverSettings(Duration.ZERO, null, null))
                .hasMessageContaining("handover.remind-after");
    }

    @Test
    void ho1AnAgentsHandoverWindowIsAnHourBeforeTheShiftsEndOrConfigured() {
        assertThat(new HandoverSettings(null, null, null).agentWindow()).isEqualTo(Duration.ofHours(1));
        assertThat(new HandoverSettings(null, null, Duration.ofMinutes(30)).agentWindow())
                .isEqualTo(Duration.ofMinutes(30));
        assertThatThrownBy(() -> new HandoverSettings(null, null, Duration.ofMinutes(-5)))
                .hasMessageContaining("handover.agent-window");
    }
}
