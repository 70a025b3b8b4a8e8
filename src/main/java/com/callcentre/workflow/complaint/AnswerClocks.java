package com.callcentre.workflow.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The customer's-answer clock's columns of {@code ticket} (SL-1), as the escalation module keeps
 * them, in the engine's transaction: its level, its pause, when the customer was answered.
 */
@Repository
public class AnswerClocks {

    private final JdbcClient jdbc;

    AnswerClocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
