package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.BusinessClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One department's supervision order of one dispatch round (CP-5), its answer (CP-6) and its
 * clocks (SL-1 to SL-5): every deadline, whether it is breached, paused time, escalation level.
 */
public record DepartmentOrder(int round, String department, String departmentName,
        OffsetDateTime openedAt, String outcome, String receipt, String receiptCause, String receiptMeasures,
        String sendBackReason, String answeredBy, OffsetDateTime answeredAt, Clocks clocks) {

    /** CP-6: the receipt in one line, 结果、原因、措施 (an order answered before they were apart has its result only). */
    public String receiptText() {
        if (receiptCause == null && receiptMeasures == null) {
            return receipt;
        }
        return "结果：" + receipt + "；原因：" + receiptCause + "；措施：" + receiptMeasures;
    }

    /**
     * @param acknowledgeBreached claimed after its deadline, or not claimed and the deadline passed
     * @param resolveBreached     answered after its deadline, or open and the deadline passed
     * @param state               the resolve clock: ANSWERED, PAUSED (waiting for the customer), BREACHED or RUNNING
     */
    public record Clocks(OffsetDateTime acknowledgeDeadline, OffsetDateTime acknowledgedAt, String acknowledgedBy,
            OffsetDateTime reminderAt, OffsetDateTime resolveDeadline, boolean acknowledgeBreached,
            boolean resolveBreached, OffsetDateTime pausedSince, Duration pausedTotal, int escalationLevel,
            String state) {
    }

    static DepartmentOrder from(ResultSet rs, String departmentName) throws SQLException {
        OffsetDateTime now = BusinessClock.timestamp();
        OffsetDateTime acknowledgeDeadline = rs.getObject("acknowledge_deadline", OffsetDateTime.class);
        OffsetDateTime acknowledgedAt = rs.getObject("acknowledged_at", OffsetDateTime.class);
        OffsetDateTime resolveDeadline = rs.getObject("resolve_deadline", OffsetDateTime.class);
        OffsetDateTime answeredAt = rs.getObject("answered_at", OffsetDateTime.class);
        OffsetDateTime pausedSince = rs.getObject("paused_at", OffsetDateTime.class);
        // A paused clock does not run out while it waits for the customer.
        OffsetDateTime resolveStoppedAt = answeredAt != null ? answeredAt : pausedSince;
        OffsetDateTime acknowledgeStoppedAt = acknowledgedAt != null ? acknowledgedAt
                : answeredAt != null ? answeredAt : pausedSince;
        Clocks clocks = new Clocks(acknowledgeDeadline, acknowledgedAt, rs.getString("acknowledged_by"),
                rs.getObject("reminder_at", OffsetDateTime.class), resolveDeadline,
                breached(acknowledgeDeadline, acknowledgeStoppedAt, now),
                breached(resolveDeadline, resolveStoppedAt, now),
                pausedSince, Duration.ofSeconds(rs.getLong("paused_seconds")), rs.getInt("escalation_level"),
                answeredAt != null ? "ANSWERED" : pausedSince != null ? "PAUSED"
                        : breached(resolveDeadline, null, now) ? "BREACHED" : "RUNNING");
        return new DepartmentOrder(rs.getInt("round_no"), rs.getString("department"), departmentName,
                rs.getObject("opened_at", OffsetDateTime.class), rs.getString("outcome"), rs.getString("receipt"),
                rs.getString("receipt_cause"), rs.getString("receipt_measures"),
                rs.getString("send_back_reason"), rs.getString("answered_by"), answeredAt, clocks);
    }

    private static boolean breached(OffsetDateTime deadline, OffsetDateTime stoppedAt, OffsetDateTime now) {
        return deadline != null && breached(deadline.toInstant(), stoppedAt == null ? null : stoppedAt.toInstant(),
                now.toInstant());
    }

    /**
     * A clock is breached (SL-2) when it stopped (answered, or paused for the customer, SL-5) after
     * its deadline, or, still running, has reached it (when its timer fires). The one rule for
     * {@code GET /api/complaints}, the reports and anyone else who asks.
     */
    public static boolean breached(Instant deadline, Instant stoppedAt, Instant now) {
        return stoppedAt != null ? stoppedAt.isAfter(deadline) : !now.isBefore(deadline);
    }
}
