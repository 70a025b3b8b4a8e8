package com.callcentre.workflow.staff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A shift as {@code GET /api/shifts} shows it: start and end with the business zone's offset;
 * {@code onLeave} when approved leave overlaps it.
 */
record ShiftView(long id, String employee, LocalDate date, ShiftType type, OffsetDateTime start,
        OffsetDateTime end, Shift.Origin origin, boolean onLeave) {

    static ShiftView of(Shift shift, ZoneId zone, boolean onLeave) {
        return new ShiftView(shift.id(), shift.employee(), shift.date(), shift.type(),
                shift.start().atZone(zone).toOffsetDateTime(), shift.end().atZone(zone).toOffsetDateTime(),
                shift.origin(), onLeave);
    }
}
