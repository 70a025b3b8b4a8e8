package com.callcentre.workflow.dutylog;

import com.callcentre.workflow.staff.ShiftType;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One entry of the duty log (HO-3), a row of {@code duty_log}.
 *
 * @param shiftDate  the roster's shift the entry falls in; {@code null} when no shift covers the moment
 * @param dutyLeader the duty leader on duty then (the roster), {@code null} when nobody was
 * @param text       as typed
 * @param author     who wrote it; {@link DutyLog#SYSTEM} for the product's own entries
 */
record DutyLogEntry(long id, LocalDate shiftDate, ShiftType shiftType, String dutyLeader, OffsetDateTime loggedAt,
        DutyLogKind kind, String text, String ticketNo, String emergencyNo, String author) {
}
