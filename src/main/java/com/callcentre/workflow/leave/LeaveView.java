package com.callcentre.workflow.leave;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A request as {@code GET /api/leave-requests/{id}} shows it, times with the business zone's offset. */
record LeaveView(String requestId, String processInstanceId, LeaveStatus status, String employee,
        String employeeName, String submitter, LeaveType type, String typeName, OffsetDateTime start,
        OffsetDateTime end, String reason, boolean emergency, List<Marked> exceptions,
        LeaveBook.CertificateStatus certificateStatus, OffsetDateTime createdAt, List<DecisionView> decisions) {

    /** An exception the approvers confirm (LV-2, LV-6, LV-7). */
    record Marked(String rule, String description) {
    }

    record DecisionView(int level, String levelName, String approver, boolean approved, String comment,
            boolean exceptionConfirmed, OffsetDateTime decidedAt) {
    }

    static final List<String> LEVEL_NAMES = List.of("值班长", "客服部主任", "客服中心主任");

    static LeaveView of(LeaveBook.LeaveRecord r, String employeeName, List<LeaveBook.Decision> decisions, ZoneId zone) {
        return new LeaveView(r.requestId(), r.processInstanceId(), r.status(), r.employee(), employeeName,
                r.submitter(), r.type(), r.type().label(), at(r.start(), zone), at(r.end(), zone), r.reason(),
                r.emergency(), r.exceptions().stream().map(e -> new Marked(e.rule(), e.label())).toList(),
                r.certificate(), at(r.createdAt(), zone),
                decisions.stream().map(d -> new DecisionView(d.level(), LEVEL_NAMES.get(d.level() - 1), d.approver(),
                        d.approved(), d.comment(), d.exceptionConfirmed(), at(d.decidedAt(), zone))).toList());
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
