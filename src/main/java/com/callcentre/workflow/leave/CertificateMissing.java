package com.callcentre.workflow.leave;

/**
 * LV-5: a sick leave's certificate was not handed in by its due date. Published inside the step
 * that flags the leave, so the duty leader's mail is queued in that transaction
 * ({@code notification} listens).
 *
 * @param requestId    the leave request, e.g. {@code QJ20300106-0001}
 * @param employeeName who was on sick leave, by name (and user id)
 * @param dutyLeader   the employee's own duty leader, or {@code null}: then the duty leaders
 * @param periodText   the leave's period as the approvers saw it
 * @param dueText      when the certificate was due
 */
public record CertificateMissing(String requestId, String employeeName, String dutyLeader, String periodText,
        String dueText) {
}
