package com.callcentre.workflow.leave;

/**
 * A late or special request the seed allows only with a manager's explicit approval: accepted
 * and marked, and every approver confirms it ({@code exceptionConfirmed}).
 */
public enum LeaveException {
    /** LV-2: personal or sick leave asked later than its notice (one day; special and sick one hour; an emergency: the shift). */
    LATE("LV-2", "未按规定提前请假（一般事假提前一天，特殊事假、病假班前一小时，急诊病假班前）"),
    /** LV-6: a night shift, asked before 12:00 of the day the night begins. */
    NIGHT_SHIFT("LV-6", "含夜班（原则上不允许请假，特殊情况）"),
    /** LV-7: holiday duty, asked two or more days ahead. */
    HOLIDAY("LV-7", "含节假日值班（极特殊情况）"),
    /**
     * LV-5 with LV-6, LV-7: an emergency sick leave phoned in by someone else before the shift,
     * after the night or holiday deadline: accepted, not refused, for the manager to confirm.
     */
    PHONED_IN_EMERGENCY("LV-5", "急诊病假，由他人班前电话代请，已过夜班或节假日请假时限，须管理人员确认");

    private final String rule;
    private final String label;

    LeaveException(String rule, String label) {
        this.rule = rule;
        this.label = label;
    }

    public String rule() {
        return rule;
    }

    public String label() {
        return label;
    }

    /** "LV-2 未按规定提前请假…", as approvers and refusals show it. */
    public String describe() {
        return rule + " " + label;
    }
}
