package com.callcentre.workflow.attendance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A record as {@code PUT /api/attendance/…} answers it: codes with their Chinese names, the time in the business zone. */
record AttendanceView(String employee, LocalDate date, String shift, String shiftName, String status,
        String statusName, int lateMinutes, int earlyMinutes, int awayMinutes, int overtimeMinutes,
        boolean disciplinaryCase, String rule, String swapRequest, String note, String recordedBy,
        OffsetDateTime recordedAt) {

    static AttendanceView of(AttendanceRecord r, ZoneId zone) {
        return new AttendanceView(r.employee(), r.date(), r.shift().name(), r.shift().label(), r.status().name(),
                r.status().label(), r.lateMinutes(), r.earlyMinutes(), r.awayMinutes(), r.overtimeMinutes(),
                r.disciplinaryCase(), r.rule(), r.swapRequest(), r.note(), r.recordedBy(),
                r.recordedAt() == null ? null : r.recordedAt().atZone(zone).toOffsetDateTime());
    }
}
