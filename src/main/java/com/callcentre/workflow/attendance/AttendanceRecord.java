package com.callcentre.workflow.attendance;

import com.callcentre.workflow.staff.ShiftType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One person's attendance on one shift: as recorded by a duty leader, or filled in from leave and
 * swaps ({@code recordedBy} null).
 *
 * @param disciplinaryCase LV-8: late or away from the post 20 minutes or more without leave
 * @param rule             the rule that set the status or the case (LV-2, LV-8, SW-6), or null
 * @param swapRequest      SW-6: the swap whose unclear handover caused the gap, or null
 * @param leaveType        LEAVE filled in from a leave request: its type's Chinese name; else null
 */
record AttendanceRecord(String employee, LocalDate date, ShiftType shift, AttendanceStatus status, int lateMinutes,
        int earlyMinutes, int awayMinutes, int overtimeMinutes, boolean disciplinaryCase, String rule,
        String swapRequest, String note, String leaveType, String recordedBy, Instant recordedAt) {

    /** LV-8: late or away from the post this long or longer, without leave, is a disciplinary case (seed 001: 20 minutes). */
    static final int CASE_MINUTES = 20;

    static AttendanceRecord filledIn(String employee, LocalDate date, ShiftType shift, AttendanceStatus status,
            String rule, String leaveType) {
        return new AttendanceRecord(employee, date, shift, status, 0, 0, 0, 0, false, rule, null, null, leaveType,
                null, null);
    }
}
