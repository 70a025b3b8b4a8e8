package com.callcentre.workflow.leave;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Leave as attendance reads it (LV-1, LV-2): every request overlapping a period with its type,
 * whether it is approved and whether it was asked for late. A late request that no manager
 * approved (pending, rejected or cancelled) leaves the absence absenteeism (旷工, LV-2).
 */
@Component
public class LeaveCalendar {

    /**
     * One leave request.
     *
     * @param approved approved at every level (LV-3), and so in effect
     * @param late     asked for later than its notice (LV-2): in effect only when approved
     */
    public record LeaveSpan(String requestId, String employee, LeaveType type, Instant start, Instant end,
            boolean approved, boolean late) {

        public boolean overlaps(Instant from, Instant to) {
            return start.isBefore(to) && end.isAfter(from);
        }
    }

    private final JdbcClient jdbc;

    LeaveCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Requests overlapping {@code from} (inclusive) to {@code to} (exclusive), oldest start first. */
    public List<LeaveSpan> between(Instant from, Instant to) {
        return jdbc.sql("""
                select request_id, employee, leave_type, start_at, end_at, status, late_exception from leave_request
                where start_at < ? and end_at > ? order by start_at, request_id""")
                .params(to.atOffset(ZoneOffset.UTC), from.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new LeaveSpan(rs.getString(1), rs.getString(2), LeaveType.valueOf(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getObject(5, OffsetDateTime.class).toInstant(),
                        LeaveStatus.APPROVED.name().equals(rs.getString(6)), rs.getBoolean(7)))
                .list();
    }
}
