package com.callcentre.workflow.dutylog;

/** What a duty log entry records (HO-3; seed 003: 交接日志要对设备情况、疑难问题、人员调班情况记录清楚明了). */
public enum DutyLogKind {
    EVENT("事件"),
    DIFFICULT("疑难问题"),
    EMERGENCY("突发事件"),
    REPORTED_UP("上报");

    private final String label;

    DutyLogKind(String label) {
        this.label = label;
    }

    /** The Chinese name staff see. */
    public String label() {
        return label;
    }
}
