package com.callcentre.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.system.Validators;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link HolidayEntry.MakeupWorkday}: a make-up working day is a weekend day and no statutory holiday. */
class HolidayEntryTest {

    private static final LocalDate SATURDAY = LocalDate.of(2027, 2, 20);
    private static final LocalDate MONDAY = LocalDate.of(2027, 2, 22);

    @Test
    void aMakeUpWorkingDayOnAWeekendPasses() {
        assertThat(problems(new HolidayEntry(SATURDAY, Holiday.Kind.MAKEUP_WORKDAY, null, "春节"))).isEmpty();
        assertThat(problems(new HolidayEntry(MONDAY, Holiday.Kind.BREAK_DAY, true, "春节"))).isEmpty();
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayOrStatutoryIsNamedByField() {
        assertThat(problems(new HolidayEntry(MONDAY, Holiday.Kind.MAKEUP_WORKDAY, true, "春节")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("date", "调休上班日须为周六或周日", "statutory", "调休上班日不能是法定节假日"));
    }

    private static Map<String, String> problems(HolidayEntry entry) {
        return Validators.problems(Validators.plain(), entry);
    }
}
