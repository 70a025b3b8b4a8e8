package com.callcentre.workflow.notification;

import com.callcentre.workflow.complaint.TicketMail;
import com.callcentre.workflow.notification.MailComposer.Mail;
import com.callcentre.workflow.system.BusinessClock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code mail_outbox} table: one row per (ticket, order, event, recipient), its unique key
 * the guard of once (a duplicate only where a killed sender's message is taken over, see
 * {@link #claim}). A message is queued in the transaction of the step that decided it;
 * every write of the delivery commits in a transaction of its own (REQUIRES_NEW): a claim or a
 * SENT mark stands even when the engine rolls the delivery job back, so the retry finds it.
 */
@Repository
class MailOutbox implements TicketMail {

    enum Status { PENDING, SENDING, SENT, FAILED }

    enum Claim {
        /** This sender owns the message now and must send it. */
        CLAIMED,
        ALREADY_SENT,
        /** Another delivery of the same message holds it: leave it. */
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
    private final Duration lockTime;

    /** @param lockMillis the job executor's lock time: after it, a job still running is taken to have stopped */
    MailOutbox(JdbcClient jdbc, PlatformTransactionManager transactions,
            @Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}") long lockMillis) {
        this.jdbc = jdbc;
        this.lockTime = Duration.ofMillis(lockMillis);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A message in the outbox, composed: what the delivery sends. */
    record Queued(long id, Key key, Mail mail) {
    }

    /**
     * Writes the composed message as PENDING in the caller's transaction (the step that decided
     * it): if the step rolls back, so does the message. Empty when this key is queued already
     * (the step ran again), so a message is queued, and sent, once.
     */
    Optional<Long> enqueue(Key key, Mail mail) {
        int inserted = jdbc.sql("""
                insert into mail_outbox (ticket_no, order_key, event, recipient, status, subject, body_text, body_html,
                    attempts, created_at, updated_at)
                select ?, ?, ?, ?, 'PENDING', ?, ?, ?, 0, ?, ?
                where not exists (select 1 from mail_outbox
                    where ticket_no = ? and order_key = ? and event = ? and recipient = ?)""")
                .params(key.ticketNo(), key.orderKey(), key.event(), key.recipient(), cut(mail.subject(), 500),
                        cut(mail.text(), 20000), cut(mail.html(), 40000), now(), now(),
                        key.ticketNo(), key.orderKey(), key.event(), key.recipient())
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select id from mail_outbox where ticket_no = ? and order_key = ? and event = ? and recipient = ?")
                .params(key.ticketNo(), key.orderKey(), key.event(), key.recipient()).query(Long.class).optional();
    }

    Optional<Queued> queued(long id) {
        return jdbc.sql("""
                select id, ticket_no, order_key, event, recipient, subject, body_text, body_html
                from mail_outbox where id = ?""").param(id)
                .query((rs, row) -> new Queued(rs.getLong(1), new Key(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), new Mail(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))))
                .optional();
    }

    /**
     * The delivery takes the message, in a committed transaction of its own, before it speaks to
     * SMTP: PENDING or FAILED becomes SENDING, claimed by this delivery. A row SENDING under this
     * same delivery's claim for longer than the job lock time (by the wall clock: the engine's may
     * be moved) is its own earlier run's, whose node stopped mid-send (killed): the message is
     * taken over rather than lost. Anything else is another run's, another delivery's or done.
     *
     * @param delivery the mail-delivery process instance sending it
     */
    Claim claim(Key key, String delivery) {
        OffsetDateTime wall = OffsetDateTime.now(ZoneOffset.UTC);
        Claim claim = own.execute(tx -> {
            int taken = jdbc.sql("""
                    update mail_outbox set status = 'SENDING', attempts = attempts + 1, updated_at = ?,
                      claimed_by = ?, claimed_at = ?
                    where ticket_no = ? and order_key = ? and event = ? and recipient = ?
                      and (status in ('PENDING', 'FAILED')
                        or (status = 'SENDING' and claimed_by = ? and claimed_at < ?))""")
                    .params(now(), delivery, wall, key.ticketNo(), key.orderKey(), key.event(), key.recipient(),
                            delivery, wall.minus(lockTime))
                    .update();
            return taken == 1 ? Claim.CLAIMED : null;
        });
        if (claim != null) {
            return claim;
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
        return BusinessClock.timestamp();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    @Override
    public List<Message> of(String ticketNo) {
        return jdbc.sql("""
                select event, recipient, order_key, status, subject, sent_at, updated_at from mail_outbox
                where ticket_no = ? order by coalesce(sent_at, updated_at), id""")
                .param(ticketNo)
                .query((rs, i) -> new Message(rs.getString("event"), rs.getString("recipient"), rs.getString("order_key"),
                        rs.getString("status"), rs.getString("subject"), rs.getObject("sent_at", OffsetDateTime.class),
                        rs.getObject("updated_at", OffsetDateTime.class)))
                .list();
    }
}
