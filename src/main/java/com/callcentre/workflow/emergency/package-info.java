/**
 * Emergencies (突发事件, EM-1; seeds 000, 003 请示报告): the process {@code emergency}
 * (突发事件处置, {@code processes/emergency.bpmn}), started by anyone on the floor from Tasklist or
 * {@code POST /api/emergencies}. The duty leader on duty gets the handling task at once (nobody
 * else may take it), the cs-director is mailed at once and again when the duty leader has not
 * answered in time ({@code emergency.answer-within}); the duty leader records what was done; the
 * kinds that must be reported up ({@code emergency.report-up}) go up level by level (cs-director,
 * then centre director) or skip the cs-director, who is told afterwards (SL-3). Every step is
 * written to the duty log ({@link com.callcentre.workflow.dutylog.DutyLog}, HO-3). Mail goes through
 * {@code notification}, which listens to {@link com.callcentre.workflow.emergency.EmergencyNotice}.
 */
@OwnsTables({"emergency", "emergency_no_seq"})
package com.callcentre.workflow.emergency;

import com.callcentre.workflow.system.OwnsTables;
