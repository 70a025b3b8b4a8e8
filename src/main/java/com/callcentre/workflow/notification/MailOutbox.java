package com.callcentre.workflow.notification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code mail_outbox} table: one row per (ticket, order, event, recipient), its unique key
 * the guard of at most once. Every write commits in a transaction of its own
 * (REQUIRES_NEW), apart from the job's: a claim or a SENT mark stands even when the engine
 * rolls the job back afterwards, so the retry finds it.
 */
@Repository
class MailOutbox {

    enum Status { SENDING, SENT, FAILED }

    enum Claim {
        /** This sender owns the message now and must send it. */
        CLAIMED,
        ALREADY_SENT,
        /** Another sender holds it, or one crashed holding it: at most once means leave it. */
        IN_FLIGHT
    }

    static final String SKIP_NOTICE = "SKIP-NOTICE";

    record Key(String ticketNo, String orderKey, String event, String recipient) {

        /** A skipped level's notice is one message, whether the breach or the escalation brings it. */
        static Key of(Notice notice, Recipient recipient) {
            return new Key(notice.ticketNo(), notice.orderKey(),
                    recipient.role() == Recipient.Role.INFORMED ? SKIP_NOTICE : notice.eventKey(),
                    recipient.address().toLowerCase(Locale.ROOT));
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    MailOutbox(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Claim claim(Key key, String subject) {
        try {
            own.executeWithoutResult(tx -> jdbc.sql("""
                    insert into mail_outbox (ticket_no, order_key, event, recipient, status, subject, attempts,
                        created_at, updated_at)
                    values (?, ?, ?, ?, 'SENDING', ?, 1, ?, ?)""")
                    .params(key.ticketNo(), key.orderKey(), key.event(), key.recipient(), cut(subject, 500), now(), now())
                    .update());
            return Claim.CLAIMED;
        } catch (DuplicateKeyException exists) {
            // A separate transaction: on PostgreSQL the failed insert has spoilt the first one.
            return own.execute(tx -> reclaim(key));
        }
    }

    private Claim reclaim(Key key) {
        int taken = jdbc.sql("""
                update mail_outbox set status = 'SENDING', attempts = attempts + 1, updated_at = ?
                where ticket_no = ? and order_key = ? and event = ? and recipient = ? and status = 'FAILED'""")
                .params(now(), key.ticketNo(), key.orderKey(), key.event(), key.recipient()).update();
        if (taken == 1) {
            return Claim.CLAIMED;
        }
        return status(key).filter(Status.SENT::equals).isPresent() ? Claim.ALREADY_SENT : Claim.IN_FLIGHT;
    }

    void markSent(Key key) {
        own.executeWithoutResult(tx -> jdbc.sql("""
                update mail_outbox set status = 'SENT', sent_at = ?, updated_at = ?, last_error = null
                where ticket_no = ? and order_key = ? and event = ? and recipient = ?""")
                .params(now(), now(), key.ticketNo(), key.orderKey(), key.event(), key.recipient()).update());
    }

    /** Gives the claim back, so that the job's retry (or another node) may send it. */
    void markFailed(Key key, String error) {
        own.executeWithoutResult(tx -> jdbc.sql("""
                update mail_outbox set status = 'FAILED', updated_at = ?, last_error = ?
                where ticket_no = ? and order_key = ? and event = ? and recipient = ? and status = 'SENDING'""")
                .params(now(), cut(error, 1000), key.ticketNo(), key.orderKey(), key.event(), key.recipient()).update());
    }

    Optional<Status> status(Key key) {
        return jdbc.sql("""
                select status from mail_outbox
                where ticket_no = ? and order_key = ? and event = ? and recipient = ?""")
                .params(key.ticketNo(), key.orderKey(), key.event(), key.recipient())
                .query(String.class).optional().map(Status::valueOf);
    }

    /** The engine's clock, as the trail uses: tests that move it see consistent times. */
    private static OffsetDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
