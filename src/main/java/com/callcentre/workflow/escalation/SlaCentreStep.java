package com.callcentre.workflow.escalation;

import java.time.OffsetDateTime;

/**
 * One step of the centre's own past its limit on the SLA monitor (SL-2, SL-6): which ticket,
 * which step, who holds it. Ticket facts, no customer (CP-9). Times in the business zone.
 *
 * @param step      the task's key: dispatch, reviewReceipt, callback, requestCustomerInfo, dutyLeaderTakeover
 * @param clockText what staff read: 超时 3小时20分
 */
record SlaCentreStep(String ticketNo, String processInstanceId, String step, String stepName, String assignee,
        OffsetDateTime openedAt, OffsetDateTime due, long overdueMinutes, String clockText) {
}
