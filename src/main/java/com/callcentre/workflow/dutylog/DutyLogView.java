package com.callcentre.workflow.dutylog;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A duty log entry as {@code GET /api/duty-log} answers it; the time in the business zone, the text
 * as typed (a JSON string: the page that shows it escapes it).
 *
 * @param shiftName 白班, 中班, 夜班; {@code null} without a shift
 * @param kindName  事件, 疑难问题, 突发事件, 上报
 */
record DutyLogView(long id, String shiftDate, String shift, String shiftName, String dutyLeader,
        OffsetDateTime loggedAt, DutyLogKind kind, String kindName, String text, String ticketNo, String emergencyNo,
        String author) {

    static DutyLogView of(DutyLogEntry e, ZoneId zone) {
        return new DutyLogView(e.id(), e.shiftDate() == null ? null : e.shiftDate().toString(),
                e.shiftType() == null ? null : e.shiftType().name(),
                e.shiftType() == null ? null : e.shiftType().label(), e.dutyLeader(),
                e.loggedAt().atZoneSameInstant(zone).toOffsetDateTime(), e.kind(), e.kind().label(), e.text(),
                e.ticketNo(), e.emergencyNo(), e.author());
    }
}
