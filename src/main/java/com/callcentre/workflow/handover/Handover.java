package com.callcentre.workflow.handover;

import com.callcentre.workflow.staff.ShiftType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A handover as recorded (HO-1, HO-2, HO-4, HO-5), a row of {@code handover} with its items.
 *
 * @param responsible who answers for the floor: the outgoing until the incoming confirms (HO-4)
 */
record Handover(long id, String handoverNo, LocalDate shiftDate, ShiftType shiftType, String processInstanceId,
        String outgoing, String incoming, Status status, String responsible, OffsetDateTime openedAt,
        String handoverNote, String outgoingSignedBy, OffsetDateTime outgoingSignedAt, String incomingSignedBy,
        OffsetDateTime incomingSignedAt, String confirmation, Boolean faceToFace, int refusals, String lastRefusal,
        OffsetDateTime remindedAt, OffsetDateTime escalatedAt, List<Item> items) {

    enum Status {
        /** 交班中: the outgoing writes the note (also after a refusal). */
        HANDING_OVER("交班中"),
        /** 待接班: the outgoing signed, the incoming has not confirmed. */
        AWAITING("待接班"),
        /** 已接班: the incoming signed. */
        TAKEN_OVER("已接班");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** The snapshot's kinds of item. */
    enum Kind {
        TICKET("未结工单"), BREACH("本班超时"), LEAVE("当日请假"), SWAP("当日换班"), LOG("值班日志");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /**
     * One item of the snapshot (HO-5).
     *
     * @param confirmedBy the incoming who took it over; {@code null}: not taken over, still the outgoing's
     */
    record Item(int itemNo, Kind kind, String ref, String text, OffsetDateTime outgoingSeenAt,
            OffsetDateTime incomingSeenAt, String confirmedBy, OffsetDateTime confirmedAt) {
    }
}
