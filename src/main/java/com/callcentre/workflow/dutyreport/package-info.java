/**
 * Duty reports (RP-1, CP-8): the day-shift duty leader's daily report (值班日报) to the
 * cs-director at the end of each day shift, and the duty leaders' monthly service-quality
 * analysis (月度服务质量分析), due by the 22nd. The processes {@code duty-daily-report} and
 * {@code duty-monthly-analysis} (one pool each in {@code processes/duty-report.bpmn}) start each
 * by a timer ({@link com.callcentre.workflow.dutyreport.DutyReportSchedule}), the duty leader
 * answers in Tasklist, and completion stores the report in {@code duty_report} and mails the
 * cs-director through the outbox (the events {@link com.callcentre.workflow.dutyreport.DutyReportFiled}
 * and {@link com.callcentre.workflow.dutyreport.AnalysisReminderDue}, which {@code notification}
 * turns into mail). {@code GET /api/duty-reports} reads them: directors all, a duty leader their own.
 * The day's figures come from {@code reporting} ({@link com.callcentre.workflow.reporting.DayFigures}),
 * who is on duty from {@code staff} ({@link com.callcentre.workflow.staff.Roster}).
 */
@OwnsTables({"duty_report"})
package com.callcentre.workflow.dutyreport;

import com.callcentre.workflow.system.OwnsTables;
