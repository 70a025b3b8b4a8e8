package com.callcentre.workflow.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clock columns of {@code department_order} and {@code ticket}, in the engine's transaction. */
@Repository
class OrderClockRepository {

    private static final String WHERE = " where ticket_no = ? and round_no = ? and department = ?";

    private final JdbcClient jdbc;

    OrderClockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void started(OrderKey key, Instant acknowledge, Instant reminder, Instant resolve) {
        jdbc.sql("update department_order set acknowledge_deadline = ?, reminder_at = ?, resolve_deadline = ?" + WHERE)
                .params(utc(acknowledge), utc(reminder), utc(resolve), key.ticketNo(), key.round(), key.department())
                .update();
    }

    /** True for the first claim only. */
    boolean acknowledged(OrderKey key, String user, Instant at) {
        return jdbc.sql("update department_order set acknowledged_at = ?, acknowledged_by = ?" + WHERE
                        + " and acknowledged_at is null")
                .params(utc(at), user, key.ticketNo(), key.round(), key.department()).update() > 0;
    }

    void paused(OrderKey key, Instant at) {
        jdbc.sql("update department_order set paused_at = ?" + WHERE)
                .params(utc(at), key.ticketNo(), key.round(), key.department()).update();
    }

    Instant pausedAt(OrderKey key) {
        return jdbc.sql("select paused_at from department_order" + WHERE)
                .params(key.ticketNo(), key.round(), key.department())
                .query(OffsetDateTime.class).single().toInstant();
    }

    /** The new deadlines after a pause; answers the order's paused time in all. */
    long resumed(OrderKey key, Duration paused, Instant acknowledge, Instant reminder, Instant resolve) {
        jdbc.sql("update department_order set paused_at = null, paused_seconds = paused_seconds + ?,"
                        + " acknowledge_deadline = ?, reminder_at = ?, resolve_deadline = ?" + WHERE)
                .params(paused.toSeconds(), utc(acknowledge), utc(reminder), utc(resolve), key.ticketNo(), key.round(),
                        key.department())
                .update();
        return jdbc.sql("select paused_seconds from department_order" + WHERE)
                .params(key.ticketNo(), key.round(), key.department()).query(Long.class).single();
    }

    boolean isAcknowledged(OrderKey key) {
        return jdbc.sql("select count(*) from department_order" + WHERE + " and acknowledged_at is not null")
                .params(key.ticketNo(), key.round(), key.department()).query(Long.class).single() > 0;
    }

    /** SL-3: the order's and the ticket's highest level so far; the ticket is breached. */
    void escalated(OrderKey key, int level) {
        jdbc.sql("update department_order set escalation_level = greatest(escalation_level, ?)" + WHERE)
                .params(level, key.ticketNo(), key.round(), key.department()).update();
        jdbc.sql("update ticket set breached = true, escalation_level = greatest(escalation_level, ?) where ticket_no = ?")
                .params(level, key.ticketNo()).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
