package com.callcentre.workflow.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.callcentre.workflow.system.BusinessClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shift times from configuration, in the business zone (Asia/Shanghai, +08:00). */
class ShiftTimesTest {

    static final LocalDate DATE = LocalDate.of(2030, 1, 8);

    final ShiftTimes defaults = times(null);

    @Test
    void aNightShiftRunsInTheSmallHoursOfItsDate() {
        assertThat(defaults.start(DATE, ShiftType.NIGHT)).isEqualTo(at("2030-01-08T00:00+08:00"));
        assertThat(defaults.end(DATE, ShiftType.NIGHT)).isEqualTo(at("2030-01-08T08:00+08:00"));
    }

    @Test
    void theDayShiftFollowsTheNightAndTheEveningEndsAtMidnight() {
        assertThat(defaults.start(DATE, ShiftType.DAY)).isEqualTo(defaults.end(DATE, ShiftType.NIGHT));
        assertThat(defaults.end(DATE, ShiftType.DAY)).isEqualTo(at("2030-01-08T16:00+08:00"));
        assertThat(defaults.start(DATE, ShiftType.EVENING)).isEqualTo(at("2030-01-08T16:00+08:00"));
        assertThat(defaults.end(DATE, ShiftType.EVENING)).isEqualTo(at("2030-01-09T00:00+08:00"))
                .isEqualTo(defaults.start(DATE.plusDays(1), ShiftType.NIGHT));
    }

    @Test
    void theStartBelongsToTheShiftTheEndDoesNot() {
        assertThat(defaults.covers(DATE, ShiftType.DAY, at("2030-01-08T08:00+08:00"))).isTrue();
        assertThat(defaults.covers(DATE, ShiftType.NIGHT, at("2030-01-08T08:00+08:00"))).isFalse();
        assertThat(defaults.covers(DATE, ShiftType.NIGHT, at("2030-01-08T07:59:59.999+08:00"))).isTrue();
        assertThat(defaults.covers(DATE, ShiftType.EVENING, at("2030-01-08T23:59:59+08:00"))).isTrue();
        assertThat(defaults.covers(DATE, ShiftType.EVENING, at("2030-01-09T00:00+08:00"))).isFalse();
    }

    @Test
    void theBusinessDateIsTakenInTheBusinessZone() {
        assertThat(defaults.dateOf(at("2030-01-07T16:00:00Z"))).isEqualTo(DATE); // 00:00 in Shanghai
        assertThat(defaults.dateOf(at("2030-01-07T15:59:59Z"))).isEqualTo(DATE.minusDays(1));
    }

    @Test
    void configuredTimesReplaceTheDefaultsOneByOneAndMayCrossMidnight() {
        ShiftTimes late = times(Map.of(ShiftType.NIGHT, "22:00-06:00", ShiftType.EVENING, "14:00-22:00"));

        assertThat(late.start(DATE, ShiftType.NIGHT)).isEqualTo(at("2030-01-08T22:00+08:00"));
        assertThat(late.end(DATE, ShiftType.NIGHT)).isEqualTo(at("2030-01-09T06:00+08:00"));
        assertThat(late.end(DATE, ShiftType.EVENING)).isEqualTo(at("2030-01-08T22:00+08:00"));
        assertThat(late.start(DATE, ShiftType.DAY)).isEqualTo(at("2030-01-08T08:00+08:00"));
    }

    @Test
    void badTimesStopTheStartNamingTheProperty() {
        for (String bad : new String[] {"8-16", "08:00", "08:00-16:00-17:00", "24:00-08:00", "08:00-25:00"}) {
            assertThatThrownBy(() -> times(Map.of(ShiftType.DAY, bad))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("staff.shift-times.DAY");
        }
    }

    static ShiftTimes times(Map<ShiftType, String> configured) {
        return new ShiftTimes(new StaffSettings(configured), new BusinessClock(java.time.ZoneId.of("Asia/Shanghai")));
    }

    static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
