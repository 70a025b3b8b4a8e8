package com.callcentre.workflow.leave;

import java.time.Duration;
import java.time.Instant;

/**
 * A request as read from the API or the start form, before the rules.
 *
 * @param employee  who would be away
 * @param submitter who asks (the authenticated user)
 * @param start     inclusive
 * @param end       exclusive, after {@code start}
 */
public record LeaveApplication(String employee, String submitter, LeaveType type, Instant start, Instant end,
        String reason, boolean emergency) {

    public Duration length() {
        return Duration.between(start, end);
    }
}
