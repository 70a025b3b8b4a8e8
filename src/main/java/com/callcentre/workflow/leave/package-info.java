/**
 * Leave (domain rules §4, LV-1 … LV-9): {@code /api/leave-requests} and the process
 * {@code leave-request} (请假审批). Every rule is in {@link com.callcentre.workflow.leave.LeaveRules};
 * the API checks a request there before starting anything (422 naming the rule), the process's
 * first step checks a Tasklist start form there too. Approval goes level by level (LV-3): the
 * employee's own duty leader, the cs-director, and for more than one day or official business the
 * centre director. Approved leave shows on the roster through {@link com.callcentre.workflow.staff.Absences}.
 * Requests and decisions are the application's tables {@code leave_request} and {@code leave_decision}.
 */
@OwnsTables({"leave_request", "leave_decision", "leave_request_no_seq"})
package com.callcentre.workflow.leave;

import com.callcentre.workflow.system.OwnsTables;

