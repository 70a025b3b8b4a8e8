/**
 * Attendance (考勤, seed 001 考勤制度; LV-2, LV-8, SW-6): one record per person per rostered shift,
 * and the monthly attendance register, published to staff once a month.
 * <p>
 * Duty leaders (and directors) record a shift with {@code PUT /api/attendance/{date}/{shift}/{userId}}
 * ({@link com.callcentre.workflow.attendance.RecordAttendance}): present, late, left early, away from
 * the post, absent (旷工), leave, swap. LV-8: late or away 20 minutes or more without leave is a
 * disciplinary case. LV-2: leave asked for late that no manager approved is absenteeism. SW-6: a gap
 * caused by an unclear swap handover is recorded against both people of the swap. Shifts nobody
 * recorded are filled in from approved leave ({@link com.callcentre.workflow.leave.LeaveCalendar})
 * and swaps (the roster's SWAP origin) when read.
 * <p>
 * {@code GET /api/attendance/register?month=} and {@code register.csv} read the month per person
 * ({@link com.callcentre.workflow.attendance.AttendanceRegister}). The process
 * {@code attendance-publication} publishes the month before's register on the configured day
 * ({@code attendance.publish.day} and {@code .at}, default the 3rd at 09:00): frozen once per month
 * ({@link com.callcentre.workflow.attendance.PublishedRegisters}), then the event
 * {@link com.callcentre.workflow.attendance.AttendancePublished}, which {@code notification} mails:
 * each person their own line, the duty leaders and the cs-director the whole register.
 * {@code GET /api/attendance/published} and {@code published.csv} read what was published.
 */
@OwnsTables({"attendance_record", "attendance_publication", "attendance_published_line"})
package com.callcentre.workflow.attendance;

import com.callcentre.workflow.system.OwnsTables;
