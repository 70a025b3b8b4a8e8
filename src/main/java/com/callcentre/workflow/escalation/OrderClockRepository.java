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

    void resumed(OrderKey key, Duration paused, Instant reminder, Instant resolve) {
        jdbc.sql("update department_order set paused_at = null, paused_seconds = paused_seconds + ?, reminder_at = ?,"
                        + " resolve_deadline = ?" + WHERE)
                .params(paused.toSeconds(), utc(reminder), utc(resolve), key.ticketNo(), key.round(), key.department())
                .update();
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
