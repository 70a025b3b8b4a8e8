package com.callcentre.workflow.handover;

/**
 * A handover not confirmed in time (HO-4), for {@code notification} to mail: REMINDER to the duty
 * leaders after {@code handover.remind-after}, OVERDUE to the cs-director after
 * {@code handover.escalate-after}.
 *
 * @param shiftText       the ended shift, e.g. {@code 2030-06-11 白班}
 * @param outgoingText    the outgoing duty leader, still responsible, name and staff number
 * @param incomingText    the incoming duty leader
 * @param statusText      where it stands: 交班中 or 待接班
 * @param afterText       how long since the shift ended, e.g. {@code 15 分钟}
 * @param taskId          the open task (交班 or 接班) for the mail's link
 */
public record HandoverNotice(What what, String handoverNo, String shiftText, String outgoingText,
        String incomingText, String statusText, String afterText, String taskId) {

    public enum What {
        REMINDER,
        OVERDUE
    }
}
