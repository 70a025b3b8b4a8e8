package com.callcentre.workflow.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The customer's-answer clock's columns of {@code ticket} (SL-1), as the escalation module keeps
 * them, in the engine's transaction: its level, its pause, when the customer was answered.
 */
@Repository
public class AnswerClocks {

    /**
     * An open ticket whose customer's answer is late (SL-1, SL-6): the SLA board's row. Ticket facts,
     * no customer (CP-9).
     *
     * @param pausedAt when the clock stopped to wait for the customer, or null
     */
    public record LateAnswer(String ticketNo, String processInstanceId, String category, String vipLevel,
            boolean major, String owner, OffsetDateTime deadline, int level, OffsetDateTime pausedAt) {
    }

    private final JdbcClient jdbc;

    AnswerClocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * SL-1: the customer's answer is late if they were answered, or the ticket closed, or it is
     * still open, after its deadline; a paused clock is judged at its pause; a clock its own timer
     * escalated (SL-3) is late whatever the second the reader looks. The one rule for
     * {@code GET /api/complaints}, the SLA board and the reports (SL-6).
     */
    public static boolean breached(OffsetDateTime deadline, int level, OffsetDateTime answeredAt,
            OffsetDateTime closedAt, OffsetDateTime pausedAt, Instant now) {
        if (deadline == null) {
            return false;
        }
        Instant at = answeredAt != null ? answeredAt.toInstant() : closedAt != null ? closedAt.toInstant()
                : pausedAt != null ? pausedAt.toInstant() : now;
        return level > 0 || at.isAfter(deadline.toInstant());
    }

    /**
     * The tickets neither answered nor closed whose customer's-answer deadline has passed by
     * {@code now} and that are late by {@link #breached} (a clock paused before its deadline is
     * not). Bounded by {@code ticket_answer_open_idx (closed_at, answered_at, answer_deadline)}: the
     * open tickets' deadlines only, however many tickets the table holds.
     */
    public List<LateAnswer> late(Instant now) {
        return jdbc.sql("""
                select ticket_no, process_instance_id, category, vip_level, major, owner, answer_deadline,
                    answer_level, answer_paused_at
                from ticket
                where closed_at is null and answered_at is null and answer_deadline <= ?""")
                .param(utc(now))
                .query((rs, i) -> new LateAnswer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getInt(8),
                        rs.getObject(9, OffsetDateTime.class)))
                .list().stream()
                .filter(t -> breached(t.deadline(), t.level(), null, null, t.pausedAt(), now))
                .toList();
    }

    /** SL-3: the clock's level; the ticket is breached (Cockpit's search, the SLA board). */
    public void escalated(String ticketNo, int level) {
        jdbc.sql("""
                update ticket set answer_level = greatest(answer_level, ?), breached = true,
                  escalation_level = greatest(escalation_level, ?) where ticket_no = ?""")
                .params(level, level, ticketNo).update();
    }

    /** True when this starts the pause; false when the clock was paused already (another order waits too). */
    public boolean paused(String ticketNo, Instant at) {
        return jdbc.sql("update ticket set answer_paused_at = ? where ticket_no = ? and answer_paused_at is null"
                        + " and answered_at is null")
                .params(utc(at), ticketNo).update() > 0;
    }

    public Optional<Instant> pausedAt(String ticketNo) {
        return jdbc.sql("select answer_paused_at from ticket where ticket_no = ?").param(ticketNo)
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    public void resumed(String ticketNo, Duration paused, Instant deadline) {
        jdbc.sql("""
                update ticket set answer_paused_at = null, answer_paused_seconds = answer_paused_seconds + ?,
                  answer_deadline = ? where ticket_no = ?""")
                .params(paused.toSeconds(), utc(deadline), ticketNo).update();
    }

    /** True for the first answer only. */
    public boolean answered(String ticketNo, Instant at) {
        return jdbc.sql("update ticket set answered_at = ?, answer_paused_at = null where ticket_no = ?"
                        + " and answered_at is null")
                .params(utc(at), ticketNo).update() > 0;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
