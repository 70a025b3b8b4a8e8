package com.callcentre.workflow.staff;

/** What an employee does (domain rules §1); SW-5 allows swaps only within one job type. */
public enum JobType {
    AGENT("话务员"),
    COMPLAINT_HANDLER("投诉处理员"),
    COMPLAINT_MANAGER("投诉管理员"),
    DUTY_LEADER("值班长"),
    CS_DIRECTOR("客服部主任"),
    CENTER_DIRECTOR("客服中心主任"),
    QUALITY_INSPECTOR("质检员"),
    DEPARTMENT_LIAISON("部门联络员");

    private final String label;

    JobType(String label) {
        this.label = label;
    }

    /** The Chinese name staff see. */
    public String label() {
        return label;
    }
}
