package com.callcentre.workflow.system;

/** The keys of the product's processes (processes/*.bpmn), named once. */
public final class ProcessKeys {

    public static final String COMPLAINT_HANDLING = "complaint-handling";
    public static final String LEAVE_REQUEST = "leave-request";
    public static final String SHIFT_SWAP = "shift-swap";
    public static final String MAIL_DELIVERY = "mail-delivery";
    public static final String DUTY_REPORT = "duty-report";

    private ProcessKeys() {
    }
}
