package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.staff.ShiftType;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One row of the swap record (换班登记表): what was asked, by whom, and how it ended. A cover
 * (代班, SW-11) has no colleague's shift: {@code colleagueShift}, its date and type are null.
 */
record SwapRecord(long id, String requestId, String processInstanceId, SwapKind kind, String requester,
        long requesterShift, LocalDate requesterShiftDate, ShiftType requesterShiftType, String colleague,
        Long colleagueShift,
        LocalDate colleagueShiftDate, ShiftType colleagueShiftType, String reason, String handoverNote,
        Status status, String rejectedRule, String rejectedReason, OffsetDateTime createdAt,
        OffsetDateTime exchangedAt) {

    enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    enum Role {
        COLLEAGUE,
        DUTY_LEADER
    }

    /** One decision (SW-9): who, in which role, yes or no, why, when. */
    record Decision(String decidedBy, Role role, boolean agreed, String comment, OffsetDateTime decidedAt) {
    }

    boolean involves(String userId) {
        return requester.equals(userId) || colleague.equals(userId);
    }
}
