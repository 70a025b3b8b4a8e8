package com.callcentre.workflow.attendance;

import com.callcentre.workflow.staff.ShiftType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code attendance_record} table: what duty leaders recorded, one row per person and shift. */
@Component
class AttendanceBook {

    private static final String SELECT = """
            select employee, shift_date, shift_type, status, late_minutes, early_minutes, away_minutes,
            overtime_minutes, disciplinary_case, rule, swap_request, note, recorded_by, recorded_at
            from attendance_record""";

    private final JdbcClient jdbc;

    AttendanceBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the record, replacing what was recorded for that person and shift before. */
    void save(AttendanceRecord r) {
        OffsetDateTime at = r.recordedAt().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("""
                update attendance_record set status = ?, late_minutes = ?, early_minutes = ?, away_minutes = ?,
                overtime_minutes = ?, disciplinary_case = ?, rule = ?, swap_request = ?, note = ?, recorded_by = ?,
                recorded_at = ? where employee = ? and shift_date = ? and shift_type = ?""")
                .params(r.status().name(), r.lateMinutes(), r.earlyMinutes(), r.awayMinutes(), r.overtimeMinutes(),
                        r.disciplinaryCase(), r.rule(), r.swapRequest(), r.note(), r.recordedBy(), at, r.employee(),
                        r.date(), r.shift().name())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into attendance_record (employee, shift_date, shift_type, status, late_minutes, early_minutes,
                    away_minutes, overtime_minutes, disciplinary_case, rule, swap_request, note, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(r.employee(), r.date(), r.shift().name(), r.status().name(), r.lateMinutes(),
                            r.earlyMinutes(), r.awayMinutes(), r.overtimeMinutes(), r.disciplinaryCase(), r.rule(),
                            r.swapRequest(), r.note(), r.recordedBy(), at)
                    .update();
        }
    }

    /** The records of shifts dated from one date to another, both included. */
    List<AttendanceRecord> between(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " where shift_date between ? and ? order by shift_date, employee")
                .params(from, to).query(AttendanceBook::map).list();
    }

    private static AttendanceRecord map(ResultSet rs, int row) throws SQLException {
        return new AttendanceRecord(rs.getString("employee"), rs.getObject("shift_date", LocalDate.class),
                ShiftType.valueOf(rs.getString("shift_type")), AttendanceStatus.valueOf(rs.getString("status")),
                rs.getInt("late_minutes"), rs.getInt("early_minutes"), rs.getInt("away_minutes"),
                rs.getInt("overtime_minutes"), rs.getBoolean("disciplinary_case"), rs.getString("rule"),
                rs.getString("swap_request"), rs.getString("note"), null, rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
