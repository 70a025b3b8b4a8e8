package com.callcentre.workflow.sms;

import com.callcentre.workflow.system.BusinessClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sms_outbox} table. A message is written in the transaction of the step that causes
 * it ({@link #enqueue}): if the step rolls back, there is no message. The poller's writes are
 * single statements outside any transaction, each committed at once; a claim is a compare-and-set
 * update, so of two nodes polling one database only one takes a row, and a mark after sending
 * holds only under the sender's own claim.
 */
@Repository
class SmsOutbox {

    enum Status { PENDING, SENDING, SENT, FAILED, DROPPED }

    record Row(long id, String ticketNo, SmsTexts.Kind kind, String text, Status status, int attempts,
            OffsetDateTime nextAttemptAt, String claimedBy, OffsetDateTime sentAt, String lastError,
            OffsetDateTime createdAt) {
    }

    private static final String COLUMNS = "id, ticket_no, kind, body_text, status, attempts, next_attempt_at, "
            + "claimed_by, sent_at, last_error, created_at";
    /** Due: pending and its time come, or claimed by a sender that has not finished within the claim timeout. */
    private static final String DUE = "((status = 'PENDING' and next_attempt_at <= :now)"
            + " or (status = 'SENDING' and claimed_at < :stale))";

    private final JdbcClient jdbc;

    SmsOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a message, due at once, in the caller's transaction. */
    void enqueue(String ticketNo, SmsTexts.Kind kind, String text) {
        OffsetDateTime now = BusinessClock.timestamp();
        jdbc.sql("""
                insert into sms_outbox (ticket_no, kind, body_text, status, attempts, next_attempt_at, created_at, updated_at)
                values (?, ?, ?, 'PENDING', 0, ?, ?, ?)""")
                .params(ticketNo, kind.name(), text, now, now, now).update();
    }

    /** The ids of messages due at {@code now}, oldest first: candidates; {@link #claim} decides. */
    List<Long> due(Instant now, Duration claimTimeout, int limit) {
        return jdbc.sql("select id from sms_outbox where " + DUE + " order by next_attempt_at, id fetch first "
                        + Math.max(1, limit) + " rows only")
                .param("now", utc(now)).param("stale", utc(now.minus(claimTimeout)))
                .query(Long.class).list();
    }

    /** Compare-and-set: true when this node took the row (it was still due), false when another had it first. */
    boolean claim(long id, String node, Instant now, Duration claimTimeout) {
        return jdbc.sql("update sms_outbox set status = 'SENDING', claimed_by = :node, claimed_at = :now,"
                        + " attempts = attempts + 1, updated_at = :now where id = :id and " + DUE)
                .param("node", node).param("now", utc(now)).param("stale", utc(now.minus(claimTimeout)))
                .param("id", id).update() == 1;
    }

    boolean sent(long id, String node, Instant now) {
        return mark(id, node, "status = 'SENT', sent_at = :now, last_error = null", now, null, now);
    }

    /** Back to PENDING, due at {@code next}. */
    boolean retry(long id, String node, String error, Instant next, Instant now) {
        return mark(id, node, "status = 'PENDING', last_error = :error, next_attempt_at = :next", now, error, next);
    }

    /** Given up after the last attempt: stays FAILED, visible on the page and in the log. */
    boolean failed(long id, String node, String error, Instant now) {
        return mark(id, node, "status = 'FAILED', last_error = :error", now, error, now);
    }

    /** Nobody to text any more (the customer data erased, CP-14). */
    boolean dropped(long id, String node, String reason, Instant now) {
        return mark(id, node, "status = 'DROPPED', last_error = :error", now, reason, now);
    }

    private boolean mark(long id, String node, String set, Instant now, String error, Instant next) {
        return jdbc.sql("update sms_outbox set " + set + ", updated_at = :now"
                        + " where id = :id and status = 'SENDING' and claimed_by = :node")
                .param("now", utc(now)).param("error", cut(error)).param("next", utc(next))
                .param("id", id).param("node", node).update() == 1;
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from sms_outbox where id = ?").param(id).query(SmsOutbox::row).optional();
    }

    List<Row> of(String ticketNo) {
        return jdbc.sql("select " + COLUMNS + " from sms_outbox where ticket_no = ? order by id").param(ticketNo)
                .query(SmsOutbox::row).list();
    }

    /** The newest messages, for the demo page. */
    List<Row> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from sms_outbox order by id desc fetch first " + Math.max(1, limit)
                + " rows only").query(SmsOutbox::row).list();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("ticket_no"), SmsTexts.Kind.valueOf(rs.getString("kind")),
                rs.getString("body_text"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getString("claimed_by"),
                rs.getObject("sent_at", OffsetDateTime.class), rs.getString("last_error"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }
}
