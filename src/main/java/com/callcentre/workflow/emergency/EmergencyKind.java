package com.callcentre.workflow.emergency;

/** The kinds of emergency (EM-1; seed 000: 系统断网、停电、记者采访、失火; seed 003: 失泄密问题). */
enum EmergencyKind {
    NETWORK_OUTAGE("网络中断"),
    POWER_CUT("停电"),
    FIRE("火灾"),
    PRESS("媒体采访"),
    DATA_LEAK("数据泄露"),
    OTHER("其他");

    private final String label;

    EmergencyKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
