package com.callcentre.workflow.staff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A shift as {@code GET /api/shifts} shows it: start and end with the business zone's offset. */
record ShiftView(long id, String employee, LocalDate date, ShiftType type, OffsetDateTime start,
        OffsetDateTime end, Shift.Origin origin) {

    static ShiftView of(Shift shift, ZoneId zone) {
        return new ShiftView(shift.id(), shift.employee(), shift.date(), shift.type(),
                shift.start().atZone(zone).toOffsetDateTime(), shift.end().atZone(zone).toOffsetDateTime(),
                shift.origin());
    }
}
