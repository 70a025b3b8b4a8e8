package com.callcentre.workflow.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The clocks' columns of {@code department_order} and {@code ticket} (tables this package owns),
 * as the escalation module keeps and reads them (SL-2..SL-6), in the engine's transaction.
 */
@Repository
public class OrderClocks {

    private static final String WHERE = " where ticket_no = ? and round_no = ? and department = ?";

    private final JdbcClient jdbc;

    OrderClocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void started(OrderKey key, Instant acknowledge, Instant reminder, Instant resolve) {
        jdbc.sql("update department_order set acknowledge_deadline = ?, reminder_at = ?, resolve_deadline = ?" + WHERE)
                .params(utc(acknowledge), utc(reminder), utc(resolve), key.ticketNo(), key.round(), key.department())
                .update();
    }

    /** True for the first claim only. */
    public boolean acknowledged(OrderKey key, String user, Instant at) {
        return jdbc.sql("update department_order set acknowledged_at = ?, acknowledged_by = ?" + WHERE
                        + " and acknowledged_at is null")
                .params(utc(at), user, key.ticketNo(), key.round(), key.department()).update() > 0;
    }

    public void paused(OrderKey key, Instant at) {
        jdbc.sql("update department_order set paused_at = ?" + WHERE)
                .params(utc(at), key.ticketNo(), key.round(), key.department()).update();
    }

    public Instant pausedAt(OrderKey key) {
        return jdbc.sql("select paused_at from department_order" + WHERE)
                .params(key.ticketNo(), key.round(), key.department())
                .query(OffsetDateTime.class).single().toInstant();
    }

    /** The new deadlines after a pause; answers the order's paused time in all. */
    public long resumed(OrderKey key, Duration paused, Instant acknowledge, Instant reminder, Instant resolve) {
        jdbc.sql("update department_order set paused_at = null, paused_seconds = paused_seconds + ?,"
                        + " acknowledge_deadline = ?, reminder_at = ?, resolve_deadline = ?" + WHERE)
                .params(paused.toSeconds(), utc(acknowledge), utc(reminder), utc(resolve), key.ticketNo(), key.round(),
                        key.department())
                .update();
        return jdbc.sql("select paused_seconds from department_order" + WHERE)
                .params(key.ticketNo(), key.round(), key.department()).query(Long.class).single();
    }

    public boolean isAcknowledged(OrderKey key) {
        return jdbc.sql("select count(*) from department_order" + WHERE + " and acknowledged_at is not null")
                .params(key.ticketNo(), key.round(), key.department()).query(Long.class).single() > 0;
    }

    /** SL-3: the order's and the ticket's highest level so far; the ticket is breached. */
    public void escalated(OrderKey key, int level) {
        jdbc.sql("update department_order set escalation_level = greatest(escalation_level, ?)" + WHERE)
                .params(level, key.ticketNo(), key.round(), key.department()).update();
        jdbc.sql("update ticket set breached = true, escalation_level = greatest(escalation_level, ?) where ticket_no = ?")
                .params(level, key.ticketNo()).update();
    }

    /** SL-1: the ticket's customer-answer deadline. */
    public void answerDeadline(String ticketNo, Instant deadline) {
        jdbc.sql("update ticket set answer_deadline = ? where ticket_no = ?").params(utc(deadline), ticketNo).update();
    }

    /** An unanswered order with its clock and its ticket's facts, as the SLA board reads it. */
    public record Running(String ticketNo, String processInstanceId, String department, String category,
            String vipLevel, boolean major, int round, OffsetDateTime openedAt, OffsetDateTime reminderAt,
            OffsetDateTime resolveDeadline, OffsetDateTime acknowledgedAt, String acknowledgedBy,
            OffsetDateTime pausedAt, int escalationLevel) {
    }

    /**
     * Unanswered orders whose reminder point has passed; a paused one if its clock had reached
     * the reminder point when it stopped (until the pause ends its reminder point stays put).
     */
    public List<Running> pastReminder(Instant now) {
        return jdbc.sql("""
                select o.ticket_no, t.process_instance_id, o.department, t.category, t.vip_level, t.major,
                    o.round_no, o.opened_at, o.reminder_at, o.resolve_deadline, o.acknowledged_at,
                    o.acknowledged_by, o.paused_at, o.escalation_level
                from department_order o join ticket t on t.ticket_no = o.ticket_no
                where o.outcome is null and o.reminder_at is not null and o.resolve_deadline is not null
                  and ((o.paused_at is null and o.reminder_at <= ?)
                    or (o.paused_at is not null and o.reminder_at <= o.paused_at))""")
                .param(utc(now))
                .query(OrderClocks::running).list();
    }

    /**
     * Every unanswered order with its clock, the earliest deadline first (the shift handover's open
     * tickets, HO-1); an order whose clock has not been set (no deadline) last.
     */
    public List<Running> open() {
        return jdbc.sql("""
                select o.ticket_no, t.process_instance_id, o.department, t.category, t.vip_level, t.major,
                    o.round_no, o.opened_at, o.reminder_at, o.resolve_deadline, o.acknowledged_at,
                    o.acknowledged_by, o.paused_at, o.escalation_level
                from department_order o join ticket t on t.ticket_no = o.ticket_no
                where o.outcome is null
                order by case when o.resolve_deadline is null then 1 else 0 end, o.resolve_deadline, o.ticket_no""")
                .query(OrderClocks::running).list();
    }

    private static Running running(ResultSet rs, int i) throws SQLException {
        return new Running(rs.getString("ticket_no"), rs.getString("process_instance_id"), rs.getString("department"),
                rs.getString("category"), rs.getString("vip_level"), rs.getBoolean("major"), rs.getInt("round_no"),
                rs.getObject("opened_at", OffsetDateTime.class), rs.getObject("reminder_at", OffsetDateTime.class),
                rs.getObject("resolve_deadline", OffsetDateTime.class),
                rs.getObject("acknowledged_at", OffsetDateTime.class), rs.getString("acknowledged_by"),
                rs.getObject("paused_at", OffsetDateTime.class), rs.getInt("escalation_level"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
