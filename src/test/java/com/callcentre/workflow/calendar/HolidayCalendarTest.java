package com.callcentre.workflow.calendar;

import static com.callcentre.workflow.calendar.Holiday.Kind.BREAK_DAY;
import static com.callcentre.workflow.calendar.Holiday.Kind.MAKEUP_WORKDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.callcentre.workflow.ApplicationTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The holiday table as Flyway seeds it (../shared/holidays.md) and as the application reads it
 * (SL-5, LV-7, SW-8), and the departments' clocks built on it. Writes use 2028 only.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class HolidayCalendarTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    HolidayCalendar holidays;
    @Autowired
    DepartmentCalendars calendars;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeWhatTheTestsWrote() {
        jdbc.sql("delete from holiday where calendar_day >= DATE '2028-01-01'").update();
    }

    /** The official 2026 schedule, typed again from holidays.md: holiday, break days, statutory, make-up days. */
    static List<Holiday> official2026() {
        List<Holiday> days = new ArrayList<>();
        holiday(days, "元旦", "01-01", "01-03", "01-01", "01-01", "01-04");
        holiday(days, "春节", "02-15", "02-23", "02-16", "02-19", "02-14", "02-28");
        holiday(days, "清明节", "04-04", "04-06", "04-05", "04-05");
        holiday(days, "劳动节", "05-01", "05-05", "05-01", "05-02", "05-09");
        holiday(days, "端午节", "06-19", "06-21", "06-19", "06-19");
        holiday(days, "中秋节", "09-25", "09-27", "09-25", "09-25");
        holiday(days, "国庆节", "10-01", "10-07", "10-01", "10-03", "09-20", "10-10");
        days.sort((a, b) -> a.date().compareTo(b.date()));
        return days;
    }

    private static void holiday(List<Holiday> days, String name, String breakFrom, String breakTo,
            String statutoryFrom, String statutoryTo, String... makeUp) {
        LocalDate from = LocalDate.parse("2026-" + breakFrom);
        for (LocalDate d = from; !d.isAfter(LocalDate.parse("2026-" + breakTo)); d = d.plusDays(1)) {
            boolean statutory = !d.isBefore(LocalDate.parse("2026-" + statutoryFrom))
                    && !d.isAfter(LocalDate.parse("2026-" + statutoryTo));
            days.add(new Holiday(d, BREAK_DAY, statutory, name));
        }
        for (String day : makeUp) {
            days.add(new Holiday(LocalDate.parse("2026-" + day), MAKEUP_WORKDAY, false, name));
        }
    }

    @Test
    void the2026ScheduleIsSeededExactlyAsPublished() {
        List<Holiday> seeded = holidays.holidaysOf(2026);

        assertThat(seeded).containsExactlyElementsOf(official2026());
        assertThat(seeded.stream().filter(h -> h.kind() == BREAK_DAY)).as("break days: 3+9+3+5+3+3+7").hasSize(33);
        assertThat(seeded.stream().filter(Holiday::statutory)).as("statutory days").hasSize(13);
        assertThat(seeded.stream().filter(h -> h.kind() == MAKEUP_WORKDAY)).as("make-up days").hasSize(6)
                .allSatisfy(h -> assertThat(h.date().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void of2027OnlyTheThirteenStatutoryDaysAreKnown() {
        assertThat(holidays.holidaysOf(2027)).extracting(h -> h.date().toString(), Holiday::name)
                .containsExactly(
                        tuple("2027-01-01", "元旦"),
                        tuple("2027-02-05", "春节"),
                        tuple("2027-02-06", "春节"),
                        tuple("2027-02-07", "春节"),
                        tuple("2027-02-08", "春节"),
                        tuple("2027-04-05", "清明节"),
                        tuple("2027-05-01", "劳动节"),
                        tuple("2027-05-02", "劳动节"),
                        tuple("2027-06-09", "端午节"),
                        tuple("2027-09-15", "中秋节"),
                        tuple("2027-10-01", "国庆节"),
                        tuple("2027-10-02", "国庆节"),
                        tuple("2027-10-03", "国庆节"));
        assertThat(holidays.holidaysOf(2027)).allSatisfy(h -> {
            assertThat(h.kind()).isEqualTo(BREAK_DAY);
            assertThat(h.statutory()).isTrue();
        });
        assertThat(holidays.holidaysOf(2025)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2026-10-01, BREAK_DAY, false, true",      // 国庆节, a Thursday
            "2026-10-03, BREAK_DAY, false, true",      // a Saturday that is also a break day
            "2026-10-10, MAKEUP_WORKDAY, true, false", // a Saturday worked
            "2026-09-20, MAKEUP_WORKDAY, true, false", // a Sunday worked
            "2026-03-07, WEEKEND, false, false",
            "2026-03-09, WORKDAY, true, false",
            "2027-02-05, BREAK_DAY, false, true",      // 2027 statutory
            "2027-02-04, WORKDAY, true, false",        // 2027's other break days are not known yet
    })
    void whatADateIs(LocalDate day, DayKind kind, boolean working, boolean breakDay) {
        assertThat(holidays.dayKind(day)).isEqualTo(kind);
        assertThat(holidays.isWorkingDay(day)).isEqualTo(working);
        assertThat(holidays.isBreakDay(day)).isEqualTo(breakDay);
    }

    @Test
    void savingInsertsThenReplacesAndCountsAtOnce() {
        LocalDate day = LocalDate.parse("2028-01-03"); // a Monday
        assertThat(holidays.dayKind(day)).isEqualTo(DayKind.WORKDAY);

        assertThat(holidays.save(new Holiday(day, BREAK_DAY, false, "元旦"))).as("new").isTrue();
        assertThat(holidays.dayKind(day)).isEqualTo(DayKind.BREAK_DAY);
        assertThat(holidays.save(new Holiday(day, BREAK_DAY, true, "元旦假期"))).as("replaced").isFalse();
        assertThat(holidays.holidaysOf(2028)).containsExactly(new Holiday(day, BREAK_DAY, true, "元旦假期"));

        assertThat(holidays.delete(day)).isTrue();
        assertThat(holidays.delete(day)).isFalse();
        assertThat(holidays.dayKind(day)).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void departmentsWithWorkingHoursCountOnlyTheirWorkingDays() {
        Instant beforeNationalDay = LocalDateTime.parse("2026-09-30T16:30").atZone(SHANGHAI).toInstant();

        assertThat(calendars.ofDepartment("business").plusWorkingTime(beforeNationalDay, Duration.ofHours(2)))
                .as("business works 08:30-17:30: 1 h on 09-30, 1 h after 国庆节")
                .isEqualTo(LocalDateTime.parse("2026-10-08T09:30").atZone(SHANGHAI).toInstant());
        assertThat(calendars.ofDepartment("billing").isWallClock()).as("billing has no working hours").isTrue();
        assertThat(calendars.ofDepartment("billing").plusWorkingTime(beforeNationalDay, Duration.ofHours(2)))
                .isEqualTo(beforeNationalDay.plus(Duration.ofHours(2)));
        assertThat(calendars.hotline().isWallClock()).isTrue();
        assertThat(calendars.ofDepartment("no-such-department").isWallClock()).as("SL-5's default").isTrue();
    }

    @Test
    void aDayEnteredLaterChangesADepartmentsClockAtOnce() {
        Instant friday = LocalDateTime.parse("2028-01-07T17:00").atZone(SHANGHAI).toInstant();
        Instant monday = LocalDateTime.parse("2028-01-10T09:00").atZone(SHANGHAI).toInstant();
        WorkingTimeCalendar business = calendars.ofDepartment("business");
        assertThat(business.plusWorkingTime(friday, Duration.ofHours(1))).isEqualTo(monday);

        holidays.save(new Holiday(LocalDate.parse("2028-01-10"), BREAK_DAY, false, "测试"));

        assertThat(business.plusWorkingTime(friday, Duration.ofHours(1))).as("Monday is off now")
                .isEqualTo(monday.plus(Duration.ofDays(1)));
    }
}
