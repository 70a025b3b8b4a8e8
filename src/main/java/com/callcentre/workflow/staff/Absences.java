package com.callcentre.workflow.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Approved absences (leave), implemented by the leave feature: the roster reads them to show a
 * shift as on leave and to leave such employees out of who is on duty. An interface here, so the
 * roster does not depend on the feature built on it.
 */
public interface Absences {

    /** One employee away from {@code start} (inclusive) to {@code end} (exclusive). */
    record Absence(String employee, Instant start, Instant end) {

        public boolean overlaps(Instant from, Instant to) {
            return start.isBefore(to) && end.isAfter(from);
        }
    }

    /** Approved absences overlapping {@code from} (inclusive) to {@code to} (exclusive). */
    List<Absence> approvedBetween(Instant from, Instant to);

    /**
     * A pending or approved leave request of the employee overlapping {@code from} (inclusive) to
     * {@code to} (exclusive), by its id: a swap asks it of either shift (SW-7).
     */
    Optional<String> requestedBetween(String employee, Instant from, Instant to);
}
