package com.callcentre.workflow.shiftswap;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.staff.Shift;
import com.callcentre.workflow.staff.ShiftType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** SW-4's rest between two shifts, at the minute: from their start and end instants. */
class SwapRestTest {

    private static final Instant DAY_END = Instant.parse("2031-05-07T08:00:00Z"); // 16:00 in Shanghai

    @Test
    void sw4RestOfExactlyEightHoursIsEightHours() {
        Duration rest = SwapRules.restBetween(DAY_END.plus(Duration.ofHours(8)), DAY_END.plus(Duration.ofHours(16)),
                shiftEndingAt(DAY_END));

        assertThat(rest).isEqualTo(Duration.ofHours(8));
        assertThat(rest.compareTo(SwapSettings.DEFAULT_MINIMUM_REST)).isZero(); // enough: not less than the minimum
    }

    @Test
    void sw4RestOfSevenHoursFiftyNineIsLessThanTheMinimum() {
        Duration rest = SwapRules.restBetween(DAY_END.plus(Duration.ofMinutes(7 * 60 + 59)),
                DAY_END.plus(Duration.ofHours(16)), shiftEndingAt(DAY_END));

        assertThat(rest).isEqualTo(Duration.ofMinutes(7 * 60 + 59));
        assertThat(rest).isLessThan(SwapSettings.DEFAULT_MINIMUM_REST);
        assertThat(SwapTexts.duration(rest)).isEqualTo("7 小时 59 分");
    }

    @Test
    void sw4RestBeforeALaterShiftCountsToItsStart() {
        Shift later = new Shift(1, "agent1", LocalDate.of(2031, 5, 8), ShiftType.DAY,
                DAY_END.plus(Duration.ofHours(16)), DAY_END.plus(Duration.ofHours(24)), Shift.Origin.ROSTER, null);

        assertThat(SwapRules.restBetween(DAY_END, DAY_END.plus(Duration.ofHours(8)), later)).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void sw4OverlappingShiftsHaveNegativeRest() {
        assertThat(SwapRules.restBetween(DAY_END.minus(Duration.ofHours(1)), DAY_END.plus(Duration.ofHours(7)),
                shiftEndingAt(DAY_END))).isNegative();
    }

    @Test
    void theMinimumRestDefaultsToEightHours() {
        assertThat(new SwapSettings(null).minimumRest()).isEqualTo(Duration.ofHours(8));
    }

    private static Shift shiftEndingAt(Instant end) {
        return new Shift(2, "agent1", LocalDate.of(2031, 5, 7), ShiftType.DAY, end.minus(Duration.ofHours(8)), end,
                Shift.Origin.ROSTER, null);
    }
}
