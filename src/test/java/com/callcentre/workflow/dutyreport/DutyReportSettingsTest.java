package com.callcentre.workflow.dutyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** {@code duty-report.*} (RP-1, CP-8): the defaults, and a schedule no month can keep refused at start-up. */
class DutyReportSettingsTest {

    @Test
    void cp8ByDefaultTheAnalysisIsAskedForOnThe15thRemindedOnThe20thAndDueOnThe22ndAt18() {
        DutyReportSettings settings = new DutyReportSettings(null, null, null, null, null, null, null);

        assertThat(settings.dailyAt()).as("from the roster's DAY shift").isNull();
        assertThat(settings.monthlyDay()).isEqualTo(15);
        assertThat(settings.monthlyAt()).isEqualTo(LocalTime.of(9, 0));
        assertThat(settings.reminderDay()).isEqualTo(20);
        assertThat(settings.dueDay()).isEqualTo(22);
        assertThat(settings.dueAt()).isEqualTo(LocalTime.of(18, 0));
    }

    @Test
    void aDayNotEveryMonthHasOrAnOrderThatCannotBeKeptStopsTheStart() {
        assertThatThrownBy(() -> new DutyReportSettings(null, 15, null, 20, null, 31, null))
                .hasMessageContaining("between 1 and 28");
        assertThatThrownBy(() -> new DutyReportSettings(null, 15, null, 25, null, 22, null))
                .hasMessageContaining("monthly-day <= reminder-day <= due-day");
        assertThatThrownBy(() -> new DutyReportSettings(null, 22, LocalTime.of(19, 0), 22, null, 22,
                LocalTime.of(18, 0))).hasMessageContaining("before it is due");
    }
}
