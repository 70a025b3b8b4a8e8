package com.callcentre.workflow.handover;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A handover as {@code GET /api/handovers} answers it, for the audit (HO-1, HO-2, HO-4, HO-5): the
 * two signatures (staff number and time), who is responsible now, and per item who saw it and who
 * answers for it; times in the business zone, texts as typed (JSON strings: the page escapes them).
 *
 * @param responsible the outgoing until the incoming confirmed (HO-4)
 */
record HandoverView(String handoverNo, String shiftDate, String shift, String shiftName, String outgoing,
        String incoming, String status, String statusName, String responsible, OffsetDateTime openedAt,
        String handoverNote, String outgoingSignedBy, OffsetDateTime outgoingSignedAt, String incomingSignedBy,
        OffsetDateTime incomingSignedAt, String confirmation, Boolean faceToFace, int refusals, String lastRefusal,
        OffsetDateTime remindedAt, OffsetDateTime escalatedAt, List<ItemView> items) {

    /**
     * One item (HO-5).
     *
     * @param answeredBy who answers for it: the incoming once confirmed (a mis-takeover is theirs),
     *                   else the outgoing (an omission is theirs)
     */
    record ItemView(int itemNo, String kind, String kindName, String ref, String text, OffsetDateTime outgoingSeenAt,
            OffsetDateTime incomingSeenAt, String confirmedBy, OffsetDateTime confirmedAt, String answeredBy) {
    }

    static HandoverView of(Handover h, ZoneId zone) {
        List<ItemView> items = h.items().stream().map(i -> new ItemView(i.itemNo(), i.kind().name(), i.kind().label(),
                i.ref(), i.text(), at(i.outgoingSeenAt(), zone), at(i.incomingSeenAt(), zone), i.confirmedBy(),
                at(i.confirmedAt(), zone), i.confirmedBy() != null ? i.confirmedBy()
                        : h.outgoingSignedBy() != null ? h.outgoingSignedBy() : h.outgoing())).toList();
        return new HandoverView(h.handoverNo(), h.shiftDate().toString(), h.shiftType().name(), h.shiftType().label(),
                h.outgoing(), h.incoming(), h.status().name(), h.status().label(), h.responsible(),
                at(h.openedAt(), zone), h.handoverNote(), h.outgoingSignedBy(), at(h.outgoingSignedAt(), zone),
                h.incomingSignedBy(), at(h.incomingSignedAt(), zone), h.confirmation(), h.faceToFace(), h.refusals(),
                h.lastRefusal(), at(h.remindedAt(), zone), at(h.escalatedAt(), zone), items);
    }

    private static OffsetDateTime at(OffsetDateTime time, ZoneId zone) {
        return time == null ? null : time.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
