package com.callcentre.workflow.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The complaint records of a period, for the reports (tables this package owns): the rows a
 * report counts, each query bounded by one indexed time column of the period
 * ({@code ticket.created_at}, {@code department_order.opened_at / answered_at /
 * resolve_deadline}, {@code ticket_trail (step, occurred_at)}), so a report reads the period's
 * rows only. Portable SQL (H2 and PostgreSQL).
 */
@Repository
public class PeriodRecords {

    /** A ticket received in the period, once per department it was dispatched to (or none). */
    public record Received(String ticketNo, String category, String department) {
    }

    /** A department order and the facts its figures need. */
    public record Order(long id, String department, String category, Instant openedAt, String outcome,
            Instant answeredAt, Instant resolveDeadline, Instant pausedAt, int escalationLevel) {
    }

    /** One callback (回访) made, with the departments of the round it followed (or none). */
    public record Callback(long id, String ticketNo, String category, String outcome, String department) {
    }

    /** A step of the centre's own that passed its limit (SL-2): the trail's {@code centreStepBreach}. */
    public record CentreBreach(String ticketNo, String category, String step) {
    }

    /**
     * A ticket closed in the period (CP-8: archived, or closed as unreachable) that went beyond first
     * contact: what the daily audit (quality) reviews.
     *
     * @param handler who reviewed the receipt last (the trail's {@code reviewReceipt}), or null
     * @param owner   the first-contact agent (CP-2)
     */
    public record Closed(String ticketNo, String category, String owner, String handler, Instant closedAt) {
    }

    /** The columns of department_order a period can be bounded by. */
    public enum OrderTime {
        OPENED("opened_at"), ANSWERED("answered_at"), RESOLVE_DEADLINE("resolve_deadline");

        private final String column;

        OrderTime(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;

    PeriodRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** [from, to) */
    public List<Received> received(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select t.ticket_no, t.category, o.department
                from ticket t left join department_order o on o.ticket_no = t.ticket_no
                where t.created_at >= :from and t.created_at < :to""")
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new Received(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public List<Order> orders(OffsetDateTime from, OffsetDateTime to, OrderTime time) {
        return jdbc.sql("""
                select o.id, o.department, t.category, o.opened_at, o.outcome, o.answered_at,
                    o.resolve_deadline, o.paused_at, o.escalation_level
                from department_order o join ticket t on t.ticket_no = o.ticket_no
                where o.%1$s >= :from and o.%1$s < :to""".formatted(time.column))
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new Order(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                        rs.getString(5), instant(rs, 6), instant(rs, 7), instant(rs, 8), rs.getInt(9)))
                .list();
    }

    /**
     * Callbacks are the trail's {@code callback} steps (their outcome is the agent's answer);
     * a callback belongs to the departments of the last dispatch round opened before it.
     */
    public List<Callback> callbacks(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select c.id, c.ticket_no, t.category, c.outcome, o.department
                from ticket_trail c
                join ticket t on t.ticket_no = c.ticket_no
                left join department_order o on o.ticket_no = c.ticket_no
                    and o.round_no = (select max(r.round_no) from department_order r
                                      where r.ticket_no = c.ticket_no and r.opened_at <= c.occurred_at)
                where c.step = 'callback' and c.occurred_at >= :from and c.occurred_at < :to""")
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new Callback(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** The centre's late steps of [from, to), by when their limit passed; the outcome is the step's task key. */
    public List<CentreBreach> centreBreaches(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select c.ticket_no, t.category, c.outcome
                from ticket_trail c join ticket t on t.ticket_no = c.ticket_no
                where c.step = 'centreStepBreach' and c.occurred_at >= :from and c.occurred_at < :to""")
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new CentreBreach(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /**
     * The tickets closed in [from, to), ticket number order; a consultation or request archived at
     * first contact (CP-1, the trail's {@code archiveAtFirstContact}) is no complaint to audit.
     * Bounded by {@code ticket.closed_at} ({@code ticket_erasure_idx} leads with it).
     */
    public List<Closed> closed(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select t.ticket_no, t.category, t.owner, t.closed_at,
                    (select max(r.actor) from ticket_trail r
                     where r.ticket_no = t.ticket_no and r.step = 'reviewReceipt'
                       and r.occurred_at = (select max(l.occurred_at) from ticket_trail l
                                            where l.ticket_no = t.ticket_no and l.step = 'reviewReceipt'))
                from ticket t
                where t.closed_at >= :from and t.closed_at < :to
                  and not exists (select 1 from ticket_trail a
                                  where a.ticket_no = t.ticket_no and a.step = 'archiveAtFirstContact')
                order by t.ticket_no""")
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new Closed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(5),
                        instant(rs, 4)))
                .list();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
