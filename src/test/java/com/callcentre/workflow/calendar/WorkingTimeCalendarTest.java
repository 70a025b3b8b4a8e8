package com.callcentre.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SL-5's working-time arithmetic, without Spring: a department working 08:30-17:30 in
 * Asia/Shanghai on the working days of a fixed piece of the 2026 schedule (国庆节 and 中秋节).
 * Times in the tests are Shanghai wall-clock times; the assertions compare instants.
 */
class WorkingTimeCalendarTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Set<LocalDate> BREAK_DAYS = Set.of(
            LocalDate.parse("2026-09-25"), LocalDate.parse("2026-09-26"), LocalDate.parse("2026-09-27"),
            LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-03"),
            LocalDate.parse("2026-10-04"), LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-06"),
            LocalDate.parse("2026-10-07"));
    static final Set<LocalDate> MAKEUP_DAYS = Set.of(LocalDate.parse("2026-09-20"), LocalDate.parse("2026-10-10"));
    static final WorkingDays SCHEDULE = day -> MAKEUP_DAYS.contains(day)
            || !BREAK_DAYS.contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY
            && day.getDayOfWeek() != DayOfWeek.SUNDAY;

    final WorkingTimeCalendar office = WorkingTimeCalendar.of(SHANGHAI, SCHEDULE, "08:30-17:30");

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    /** Start, working time to add (ISO-8601), and the deadline, all in Shanghai time. */
    @ParameterizedTest(name = "{3}: {0} + {1} = {2}")
    @CsvSource({
            // Across a night: 1.5 h on Tuesday, 1.5 h on Wednesday morning.
            "2026-03-03T16:00, PT3H, 2026-03-04T10:00, night",
            // Across a weekend: 0.5 h on Friday, 1.5 h on Monday.
            "2026-03-06T17:00, PT2H, 2026-03-09T10:00, weekend from 17:00",
            "2026-03-06T17:30, PT2H, 2026-03-09T10:30, weekend from the close",
            // 国庆节: 1 h on 09-30, then 10-01..10-07 off (its weekend too), on again Thursday 10-08.
            "2026-09-30T16:30, PT2H, 2026-10-08T09:30, break days skipped",
            // 中秋节 09-25 is a Friday: Thursday 17:00 goes on to Monday 09-28.
            "2026-09-24T17:00, PT1H, 2026-09-28T09:00, break day before a weekend",
            // Make-up working days: Saturday 10-10 and Sunday 09-20 count.
            "2026-10-09T17:00, PT2H, 2026-10-10T10:00, make-up Saturday counts",
            "2026-09-19T10:00, PT1H, 2026-09-20T09:30, make-up Sunday counts",
            // Several days: 48 h of working time is 5 days and 3 h of 9-hour days.
            "2026-03-02T08:30, PT48H, 2026-03-09T11:30, many days",
            // Exactly at the close: the deadline stays there, not the next morning.
            "2026-03-03T08:30, PT9H, 2026-03-03T17:30, whole day ends at the close",
            "2026-03-03T16:30, PT1H, 2026-03-03T17:30, ends exactly at the close",
            "2026-03-03T17:30, PT1M, 2026-03-04T08:31, starts at the close",
            "2026-03-03T08:30, PT0S, 2026-03-03T08:30, nothing to add at the opening",
            "2026-03-03T17:30, PT0S, 2026-03-03T17:30, nothing to add at the close",
    })
    void deadlineCountsOnlyWorkingTime(String start, Duration amount, String deadline, String scenario) {
        assertThat(office.plusWorkingTime(shanghai(start), amount)).isEqualTo(shanghai(deadline));
    }

    /** From a non-working moment the count begins when the next working period opens. */
    @ParameterizedTest(name = "{0} + 1 h = {1}")
    @CsvSource({
            "2026-03-03T06:00, 2026-03-03T09:30",   // before opening
            "2026-03-03T20:00, 2026-03-04T09:30",   // after closing
            "2026-03-03T23:59, 2026-03-04T09:30",   // just before midnight
            "2026-03-07T11:00, 2026-03-09T09:30",   // Saturday
            "2026-10-03T12:00, 2026-10-08T09:30",   // a break day
            "2026-09-19T20:00, 2026-09-20T09:30",   // Saturday night before a make-up Sunday
    })
    void startingOutsideWorkingHoursCountsFromTheNextOpening(String start, String deadline) {
        assertThat(office.plusWorkingTime(shanghai(start), Duration.ofHours(1))).isEqualTo(shanghai(deadline));
    }

    @Test
    void wallClockCountsEveryHourHolidaysToo() {
        WorkingTimeCalendar hotline = WorkingTimeCalendar.of(SHANGHAI, SCHEDULE, null);

        assertThat(hotline.isWallClock()).isTrue();
        assertThat(WorkingTimeCalendar.of(SHANGHAI, SCHEDULE, "  ").isWallClock()).isTrue();
        assertThat(office.isWallClock()).isFalse();
        assertThat(hotline.plusWorkingTime(shanghai("2026-10-03T23:00"), Duration.ofHours(48)))
                .isEqualTo(shanghai("2026-10-05T23:00"));
        assertThat(hotline.workingTimeBetween(shanghai("2026-10-01T00:00"), shanghai("2026-10-08T12:00")))
                .isEqualTo(Duration.ofHours(7 * 24 + 12));
    }

    @Test
    void businessZoneDecidesWhateverTheServerZone() {
        Instant fridayAfternoonInShanghai = Instant.parse("2026-03-06T08:00:00Z"); // 16:00 in Shanghai
        // The suite's JVM runs in UTC (pom.xml), not in the business zone.
        assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
        WorkingTimeCalendar shanghai = WorkingTimeCalendar.of(SHANGHAI, SCHEDULE, "08:30-17:30");
        assertThat(shanghai.plusWorkingTime(fridayAfternoonInShanghai, Duration.ofHours(3)))
                .isEqualTo(shanghai("2026-03-09T10:00")).isEqualTo(Instant.parse("2026-03-09T02:00:00Z"));
        assertThat(shanghai.workingTimeBetween(fridayAfternoonInShanghai, Instant.parse("2026-03-09T02:00:00Z")))
                .isEqualTo(Duration.ofHours(3));
        // The zone is really used: in New York the same instant is 03:00 on Friday morning.
        WorkingTimeCalendar newYork = WorkingTimeCalendar.of(ZoneId.of("America/New_York"), SCHEDULE, "08:30-17:30");
        assertThat(newYork.plusWorkingTime(fridayAfternoonInShanghai, Duration.ofHours(3)))
                .isEqualTo(Instant.parse("2026-03-06T16:30:00Z"));
    }

    @ParameterizedTest(name = "{0} .. {1} = {2}")
    @CsvSource({
            "2026-03-03T09:00, 2026-03-03T11:30, PT2H30M",  // within a day
            "2026-03-03T06:00, 2026-03-03T20:00, PT9H",     // a whole day from outside its hours
            "2026-03-03T16:00, 2026-03-04T10:00, PT3H",     // across a night
            "2026-03-06T17:00, 2026-03-09T10:00, PT2H",     // across a weekend
            "2026-09-30T16:30, 2026-10-08T09:30, PT2H",     // across 国庆节
            "2026-10-09T17:00, 2026-10-10T10:00, PT2H",     // into a make-up Saturday
            "2026-03-07T09:00, 2026-03-08T18:00, PT0S",     // a weekend alone
            "2026-03-03T18:00, 2026-03-04T08:00, PT0S",     // a night alone
            "2026-03-03T11:00, 2026-03-03T11:00, PT0S",     // no time at all
            "2026-03-04T10:00, 2026-03-03T16:00, -PT3H",    // backwards
    })
    void workingTimeBetweenCountsOnlyWorkingTime(String from, String to, Duration expected) {
        assertThat(office.workingTimeBetween(shanghai(from), shanghai(to))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"2026-03-03T09:10", "2026-03-06T17:29", "2026-09-30T08:30", "2026-10-03T12:00",
            "2026-09-19T23:00", "2026-03-03T17:30"})
    void workingTimeBetweenIsTheInverseOfTheDeadline(String start) {
        for (Duration amount : new Duration[] {Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(9),
                Duration.ofHours(12), Duration.ofHours(48), Duration.ofMinutes(2 * 60 + 17)}) {
            Instant deadline = office.plusWorkingTime(shanghai(start), amount);
            assertThat(office.workingTimeBetween(shanghai(start), deadline)).as("%s + %s", start, amount).isEqualTo(amount);
        }
    }

    /** SL-5: waiting for the customer stops the clock; it goes on with what it had left. */
    @Test
    void pausedClockResumesWithTheWorkingTimeItHadLeft() {
        Instant opened = shanghai("2026-09-29T10:00");
        Duration limit = Duration.ofHours(16);
        assertThat(office.plusWorkingTime(opened, limit)).as("without a pause: 7.5 h on Tuesday, 8.5 h on Wednesday")
                .isEqualTo(shanghai("2026-09-30T17:00"));

        Instant paused = shanghai("2026-09-30T11:00");
        Duration elapsed = office.workingTimeBetween(opened, paused);
        assertThat(elapsed).as("7.5 h on Tuesday, 2.5 h on Wednesday").isEqualTo(Duration.ofHours(10));
        Duration remaining = limit.minus(elapsed);

        Instant resumed = shanghai("2026-10-08T14:00");
        Instant deadline = office.plusWorkingTime(resumed, remaining);

        assertThat(deadline).as("3.5 h on Thursday, 2.5 h on Friday").isEqualTo(shanghai("2026-10-09T11:00"));
        assertThat(elapsed.plus(office.workingTimeBetween(resumed, deadline))).isEqualTo(limit);
    }

    @Test
    void pauseAndResumeOutsideWorkingHoursLoseNothing() {
        Instant opened = shanghai("2026-03-06T15:30");
        Duration limit = Duration.ofHours(4);
        Duration elapsed = office.workingTimeBetween(opened, shanghai("2026-03-06T21:00")); // paused in the evening
        assertThat(elapsed).isEqualTo(Duration.ofHours(2));

        Instant deadline = office.plusWorkingTime(shanghai("2026-03-08T10:00"), limit.minus(elapsed)); // resumed Sunday

        assertThat(deadline).isEqualTo(shanghai("2026-03-09T10:30"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"17:30-08:30", "08:30-08:30", "8:30-17:30", "08:30", "0830-1730", "25:00-26:00", "早上"})
    void unreadableWorkingHoursAreRefused(String hours) {
        assertThatThrownBy(() -> WorkingTimeCalendar.of(SHANGHAI, SCHEDULE, hours))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(hours);
    }

    @Test
    void negativeWorkingTimeIsRefused() {
        assertThatThrownBy(() -> office.plusWorkingTime(shanghai("2026-03-03T10:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalendarWithoutWorkingDaysStopsInsteadOfLoopingForEver() {
        WorkingTimeCalendar never = WorkingTimeCalendar.of(SHANGHAI, day -> false, "08:30-17:30");

        assertThatThrownBy(() -> never.plusWorkingTime(shanghai("2026-03-03T10:00"), Duration.ofHours(1)))
                .isInstanceOf(IllegalStateException.class);
    }
}
