package com.callcentre.workflow.system;

/** The keys of the product's processes (processes/*.bpmn), named once. */
public final class ProcessKeys {

    public static final String COMPLAINT_HANDLING = "complaint-handling";
    public static final String LEAVE_REQUEST = "leave-request";
    public static final String SHIFT_SWAP = "shift-swap";
    public static final String MAIL_DELIVERY = "mail-delivery";
    public static final String DAILY_AUDIT = "daily-audit";
    public static final String QUALITY_LISTENING = "quality-listening";
    /** Both in processes/duty-report.bpmn (one pool each): the engine takes one timer start event per process. */
    public static final String DUTY_DAILY_REPORT = "duty-daily-report";
    public static final String DUTY_MONTHLY_ANALYSIS = "duty-monthly-analysis";
    /** Emergencies (EM-1): processes/emergency.bpmn. */
    public static final String EMERGENCY = "emergency";
    /** The shift handover (HO-1, HO-2, HO-4, HO-5): processes/shift-handover.bpmn. */
    public static final String SHIFT_HANDOVER = "shift-handover";
    /** An agent's handover of their own open contacts to a colleague (HO-1, HO-2, HO-5): processes/agent-handover.bpmn. */
    public static final String AGENT_HANDOVER = "agent-handover";
    /** The monthly attendance register's publication (seed 001 考勤): processes/attendance-publication.bpmn. */
    public static final String ATTENDANCE_PUBLICATION = "attendance-publication";

    /**
     * Variables the merge of a duplicate ticket (issue 16, CP-8) leaves on its instance, kept in the
     * history: the ticket it was merged into and who merged it, so that a person acting on one of its
     * withdrawn tasks afterwards is told what happened (integrity's task refusal).
     */
    public static final String MERGED_INTO = "mergedInto";
    public static final String MERGED_BY = "mergedBy";

    private ProcessKeys() {
    }
}
