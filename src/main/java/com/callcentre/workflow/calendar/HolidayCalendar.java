package com.callcentre.workflow.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public-holiday table (SL-5): break days, statutory days and make-up working days. Read
 * on every question, not cached, so that an administrator's change counts at once on every node.
 */
@Component
public class HolidayCalendar implements WorkingDays {

    private final JdbcClient jdbc;

    HolidayCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DayKind dayKind(LocalDate day) {
        return find(day).map(h -> DayKind.valueOf(h.kind().name())).orElseGet(() -> DayKind.ofWeek(day));
    }

    /** A weekday that is not a break day, or a make-up working day. */
    @Override
    public boolean isWorkingDay(LocalDate day) {
        return dayKind(day).isWorkingDay();
    }

    /** A 放假 day: holiday duty; no leave (LV-7) and no swap (SW-8). */
    public boolean isBreakDay(LocalDate day) {
        return dayKind(day) == DayKind.BREAK_DAY;
    }

    public Optional<Holiday> find(LocalDate day) {
        return jdbc.sql("select calendar_day, kind, statutory, name from holiday where calendar_day = ?")
                .param(day).query(HolidayCalendar::map).optional();
    }

    /** The year's listed days, by date. */
    public List<Holiday> holidaysOf(int year) {
        return jdbc.sql("""
                select calendar_day, kind, statutory, name from holiday
                where calendar_day >= ? and calendar_day < ? order by calendar_day""")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query(HolidayCalendar::map).list();
    }

    /** Inserts or replaces the day; {@code true} if it was new. */
    @Transactional
    public boolean save(Holiday holiday) {
        int updated = jdbc.sql("update holiday set kind = ?, statutory = ?, name = ? where calendar_day = ?")
                .params(holiday.kind().name(), holiday.statutory(), holiday.name(), holiday.date()).update();
        if (updated > 0) {
            return false;
        }
        jdbc.sql("insert into holiday (calendar_day, kind, statutory, name) values (?, ?, ?, ?)")
                .params(holiday.date(), holiday.kind().name(), holiday.statutory(), holiday.name()).update();
        return true;
    }

    /** Removes a wrongly entered day, which then follows the week again; {@code true} if it was listed. */
    @Transactional
    public boolean delete(LocalDate day) {
        return jdbc.sql("delete from holiday where calendar_day = ?").param(day).update() > 0;
    }

    private static Holiday map(ResultSet rs, int row) throws SQLException {
        return new Holiday(rs.getObject("calendar_day", LocalDate.class), Holiday.Kind.valueOf(rs.getString("kind")),
                rs.getBoolean("statutory"), rs.getString("name"));
    }
}
