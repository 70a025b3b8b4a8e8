package com.callcentre.workflow.attendance;

/** What a shift's attendance was (seed 001 考勤: 迟到、早退、脱岗、旷工, leave, swaps), with the Chinese name staff see. */
public enum AttendanceStatus {
    PRESENT("出勤"),
    LATE("迟到"),
    LEFT_EARLY("早退"),
    AWAY("脱岗"),
    ABSENT("旷工"),
    LEAVE("请假"),
    SWAP("调班");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
