/**
 * The duty log (值班日志, HO-3): each shift's entries (events, difficult issues, emergencies, what
 * was reported up), filed under the roster's shift and its duty leader on duty. The duty leader on
 * duty writes entries over {@code POST /api/duty-log}; the product writes its own through
 * {@link com.callcentre.workflow.dutylog.DutyLog} (the {@code emergency} process: an emergency
 * registered, what was done, what was reported up). Duty leaders and directors read a shift's log
 * over {@code GET /api/duty-log?date=&shift=}. Who is on duty comes from {@code staff}
 * ({@link com.callcentre.workflow.staff.Roster}).
 */
@OwnsTables({"duty_log"})
package com.callcentre.workflow.dutylog;

import com.callcentre.workflow.system.OwnsTables;
