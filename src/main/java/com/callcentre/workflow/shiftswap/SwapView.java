package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.staff.ShiftTimes;
import com.callcentre.workflow.staff.ShiftType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A swap as {@code GET /api/shift-swaps/{requestId}} shows it; times with the business zone's offset. */
record SwapView(String requestId, SwapKind kind, String kindName, SwapRecord.Status status, String requester, ShiftRef requesterShift,
        String colleague, ShiftRef colleagueShift, String reason, String handoverNote, OffsetDateTime createdAt,
        OffsetDateTime exchangedAt, String rejectedRule, String rejectedReason, List<DecisionView> decisions) {

    /** A shift as the record keeps it, with its configured times. */
    record ShiftRef(long id, LocalDate date, ShiftType type, OffsetDateTime start, OffsetDateTime end) {
    }

    record DecisionView(String decidedBy, SwapRecord.Role role, boolean agreed, String comment,
            OffsetDateTime decidedAt) {
    }

    static SwapView of(SwapRecord swap, List<SwapRecord.Decision> decisions, ShiftTimes times) {
        ZoneId zone = times.zone();
        return new SwapView(swap.requestId(), swap.kind(), swap.kind().label(), swap.status(), swap.requester(),
                ref(swap.requesterShift(), swap.requesterShiftDate(), swap.requesterShiftType(), times),
                swap.colleague(), ref(swap.colleagueShift(), swap.colleagueShiftDate(), swap.colleagueShiftType(), times),
                swap.reason(), swap.handoverNote(), local(swap.createdAt(), zone), local(swap.exchangedAt(), zone),
                swap.rejectedRule(), swap.rejectedReason(),
                decisions.stream().map(d -> new DecisionView(d.decidedBy(), d.role(), d.agreed(), d.comment(),
                        local(d.decidedAt(), zone))).toList());
    }

    /** The shift, or {@code null}: a cover's colleague gives none back (SW-11). */
    private static ShiftRef ref(Long id, LocalDate date, ShiftType type, ShiftTimes times) {
        if (id == null) {
            return null;
        }
        return new ShiftRef(id, date, type, times.start(date, type).atZone(times.zone()).toOffsetDateTime(),
                times.end(date, type).atZone(times.zone()).toOffsetDateTime());
    }

    private static OffsetDateTime local(OffsetDateTime at, ZoneId zone) {
        return at == null ? null : at.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
