package com.callcentre.workflow.staff;

/**
 * The three shifts of the 24-hour hotline (三班倒). Their times are configuration
 * ({@code staff.shift-times}, {@link ShiftTimes}); a NIGHT shift of date D runs in the small
 * hours of D, before that date's DAY shift.
 */
public enum ShiftType {
    DAY("白班"),
    EVENING("中班"),
    NIGHT("夜班");

    private final String label;

    ShiftType(String label) {
        this.label = label;
    }

    /** The Chinese name staff see. */
    public String label() {
        return label;
    }
}
