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
 * resolve_deadline}, {@code ticket_trail (step, occurred_at)}, {@code ticket.answer_deadline}), so a report reads the period's
 * rows only. Portable SQL (H2 and PostgreSQL).
 * <p>
 * A duplicate merged into another ticket (status MERGED, issue 16) is not counted: the surviving
 * ticket is, once. Its received row, customer's-answer clock and closing are left out, and so are
 * its orders withdrawn at the merge ({@code WITHDRAWN}); orders a department had answered before
 * the merge stay counted, as the work they were.
 */
@Repository
public class PeriodRecords {

    /**
     * A ticket received in the period, once per department it was dispatched to (or none).
     *
     * @param repeat a repeat complaint: the agent named the earlier ticket at intake ({@code repeat_of})
     */
    public record Received(String ticketNo, String category, String department, boolean repeat) {
    }

    /**
     * A step a person did (the trail): a receipt reviewed ({@code reviewReceipt}), an order answered
     * ({@code handleOrder}) or a callback made ({@code callback}), with its outcome.
     */
    public record Work(String ticketNo, String step, String actor, String outcome) {
    }

    /** The trail's steps {@link #work} reads. */
    public static final List<String> WORK_STEPS = List.of("reviewReceipt", "handleOrder", "callback");

    /** A ticket's customer's-answer clock (SL-1) whose deadline fell in the period. */
    public record AnswerDue(String ticketNo, String category, OffsetDateTime deadline, int level,
            OffsetDateTime answeredAt, OffsetDateTime closedAt, OffsetDateTime pausedAt) {

        /** Late by the one rule of {@link AnswerClocks#breached}. */
        public boolean breached(Instant now) {
            return AnswerClocks.breached(deadline, level, answeredAt, closedAt, pausedAt, now);
        }

        /** Neither answered nor closed yet. */
        public boolean open() {
            return answeredAt == null && closedAt == null;
        }
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
                select t.ticket_no, t.category, o.department, t.repeat_of
                from ticket t left join department_order o on o.ticket_no = t.ticket_no
                where t.created_at >= :from and t.created_at < :to and t.status <> 'MERGED'""")
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new Received(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) != null && !rs.getString(4).isBlank()))
                .list();
    }

    public List<Order> orders(OffsetDateTime from, OffsetDateTime to, OrderTime time) {
        return jdbc.sql("""
                select o.id, o.department, t.category, o.opened_at, o.outcome, o.answered_at,
                    o.resolve_deadline, o.paused_at, o.escalation_level
                from department_order o join ticket t on t.ticket_no = o.ticket_no
                where o.%1$s >= :from and o.%1$s < :to
                  and (o.outcome is null or o.outcome <> 'WITHDRAWN')""".formatted(time.column))
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
     * What people did in [from, to): the trail's {@link #WORK_STEPS} by when they were done, one query
     * bounded by {@code ticket_trail_step_idx (step, occurred_at)}; steps of nobody in person
     * ({@link TicketTrail#SYSTEM}) left out.
     */
    public List<Work> work(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select c.ticket_no, c.step, c.actor, c.outcome
                from ticket_trail c
                where c.step in (:steps) and c.occurred_at >= :from and c.occurred_at < :to
                  and c.actor <> :system""")
                .param("steps", WORK_STEPS)
                .param("from", from)
                .param("to", to)
                .param("system", TicketTrail.SYSTEM)
                .query((rs, i) -> new Work(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /**
     * The customer's-answer clocks (SL-1) whose deadline falls in [from, to), bounded by
     * {@code ticket_answer_deadline_idx}.
     */
    public List<AnswerDue> answersDue(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select t.ticket_no, t.category, t.answer_deadline, t.answer_level, t.answered_at, t.closed_at,
                    t.answer_paused_at
                from ticket t
                where t.answer_deadline >= :from and t.answer_deadline < :to and t.status <> 'MERGED'""")
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new AnswerDue(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getInt(4), rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class)))
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
                where t.closed_at >= :from and t.closed_at < :to and t.status <> 'MERGED'
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
