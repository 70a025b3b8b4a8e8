package com.callcentre.workflow.staff;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One shift of one employee.
 *
 * @param employee the employee's user id
 * @param date     the shift's date in the business zone; a NIGHT shift runs in its small hours
 * @param start    from the configured times ({@link ShiftTimes}), inclusive
 * @param end      exclusive: 16:00 belongs to the shift that starts then
 * @param origin   ROSTER, or SWAP for a shift obtained by an exchange (SW-4, SW-7, LV-9)
 * @param swapId   the swap that gave the shift; {@code null} unless the origin is SWAP
 */
public record Shift(long id, String employee, LocalDate date, ShiftType type, Instant start, Instant end,
        Origin origin, Long swapId) {

    public enum Origin {
        ROSTER,
        SWAP
    }

    /** Whether the employee is at work at that instant. */
    public boolean covers(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }
}
