package com.callcentre.workflow.leave;

/** The leave types of LV-1, with the Chinese names staff see. */
public enum LeaveType {
    PERSONAL("事假"),
    PERSONAL_SPECIAL("特殊事假"),
    SICK("病假"),
    OFFICIAL("公假（因公、外出学习）"),
    MARRIAGE("婚假"),
    BEREAVEMENT("丧假"),
    HOME_VISIT("探亲假"),
    MATERNITY("产假"),
    WORK_INJURY("工伤假");

    private final String label;

    LeaveType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 事假, ordinary or special: asked for in person (LV-4), with notice (LV-2). */
    public boolean isPersonal() {
        return this == PERSONAL || this == PERSONAL_SPECIAL;
    }
}
