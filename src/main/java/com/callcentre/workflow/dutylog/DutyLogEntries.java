package com.callcentre.workflow.dutylog;

import com.callcentre.workflow.staff.ShiftType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code duty_log} table: one row per entry (HO-3). */
@Repository
class DutyLogEntries {

    private final JdbcClient jdbc;

    DutyLogEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(DutyLogEntry e) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into duty_log (shift_date, shift_type, duty_leader, logged_at, kind, text, ticket_no,
                    emergency_no, author)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.shiftDate(), e.shiftType() == null ? null : e.shiftType().name(), e.dutyLeader(),
                        e.loggedAt(), e.kind().name(), e.text(), e.ticketNo(), e.emergencyNo(), e.author())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** A day's entries, of one shift or (shift {@code null}) all of them, in the order they were written. */
    List<DutyLogEntry> of(LocalDate date, ShiftType shift) {
        StringBuilder sql = new StringBuilder("""
                select id, shift_date, shift_type, duty_leader, logged_at, kind, text, ticket_no, emergency_no, author
                from duty_log where shift_date = ?""");
        List<Object> params = new ArrayList<>(List.of(date));
        if (shift != null) {
            sql.append(" and shift_type = ?");
            params.add(shift.name());
        }
        sql.append(" order by logged_at, id");
        return jdbc.sql(sql.toString()).params(params).query(DutyLogEntries::map).list();
    }

    DutyLogEntry byId(long id) {
        return jdbc.sql("""
                select id, shift_date, shift_type, duty_leader, logged_at, kind, text, ticket_no, emergency_no, author
                from duty_log where id = ?""").param(id).query(DutyLogEntries::map).single();
    }

    /** An emergency's entries, in order. */
    List<DutyLogEntry> ofEmergency(String emergencyNo) {
        return jdbc.sql("""
                select id, shift_date, shift_type, duty_leader, logged_at, kind, text, ticket_no, emergency_no, author
                from duty_log where emergency_no = ? order by logged_at, id""")
                .param(emergencyNo).query(DutyLogEntries::map).list();
    }

    private static DutyLogEntry map(ResultSet rs, int row) throws SQLException {
        String shift = rs.getString("shift_type");
        return new DutyLogEntry(rs.getLong("id"), rs.getObject("shift_date", LocalDate.class),
                shift == null ? null : ShiftType.valueOf(shift), rs.getString("duty_leader"),
                rs.getObject("logged_at", OffsetDateTime.class), DutyLogKind.valueOf(rs.getString("kind")),
                rs.getString("text"), rs.getString("ticket_no"), rs.getString("emergency_no"), rs.getString("author"));
    }
}
