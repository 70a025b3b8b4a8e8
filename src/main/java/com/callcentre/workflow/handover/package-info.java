/**
 * The shift handover (交接班, HO-1, HO-2, HO-4, HO-5; seeds 001, 003 客服部交接班制度, 004): at the end
 * of each roster shift the process {@code shift-handover} ({@code processes/shift-handover.bpmn},
 * started by its timer, {@link com.callcentre.workflow.handover.HandoverSchedule}) gives the outgoing
 * duty leader the task 交班 with a snapshot the product fills in at that moment (the open tickets
 * with their clocks, the shift's breaches, the day's approved leave and swaps, the shift's duty-log
 * entries); the outgoing writes the handover note and signs; the incoming duty leader confirms face
 * to face, as a whole or item by item, and signs, or refuses with a reason (back to the outgoing).
 * Until then the outgoing stays responsible, is reminded and then the cs-director is told
 * ({@code handover.*}). Agents hand over the open tickets they own (CP-2) to a colleague they name
 * the same way: the process {@code agent-handover}, started by the agent
 * ({@link com.callcentre.workflow.handover.AgentHandoverDesk}). The record ({@code handover}, {@code handover_item}) says who saw and who
 * confirmed each item; {@code GET /api/handovers} reads it. The open tickets come from
 * {@code complaint} ({@link com.callcentre.workflow.complaint.OrderClocks},
 * {@link com.callcentre.workflow.complaint.OwnedTickets}), the log from
 * {@code dutylog}, leave from {@code leave}, the roster and swaps from {@code staff}; mail goes
 * through {@code notification}, which listens to {@link com.callcentre.workflow.handover.HandoverNotice}.
 */
@OwnsTables({"handover", "handover_item"})
package com.callcentre.workflow.handover;

import com.callcentre.workflow.system.OwnsTables;
