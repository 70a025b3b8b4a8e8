package com.callcentre.workflow.dutyreport;

/**
 * The month's service-quality analysis is not in and its reminder point has come (RP-1, CP-8):
 * the duty leaders are to be reminded ({@code notification} queues the mail, once per month).
 *
 * @param reportKey  the business key, {@code YB203003}
 * @param monthText  2030年3月
 * @param dueText    2030年3月22日 18:00
 * @param taskId     the open task, for the mail's link
 */
public record AnalysisReminderDue(String reportKey, String monthText, String dueText, String taskId) {
}
