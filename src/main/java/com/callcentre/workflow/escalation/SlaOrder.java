package com.callcentre.workflow.escalation;

import java.time.OffsetDateTime;

/**
 * One open department order on the SLA monitor (SL-6): past its reminder point (SL-4), past its
 * resolve limit, or paused while waiting for the customer (SL-5). Ticket facts, no customer
 * (CP-9). Times are in the business zone.
 *
 * @param overdueMinutes   how long past the resolve limit: now, or for a paused order when its
 *                         clock stopped; 0 when not past it
 * @param remainingMinutes until the resolve limit: now, or for a paused order when its clock
 *                         stopped; 0 when past it
 * @param categoryName     the category's name (the intake form's option), as the forms show it
 * @param vipLevelName     the customer level's name, likewise
 * @param clockText        what staff read: 超时 3小时20分, 剩余 8小时, 暂停中（已等待客户 20小时）
 */
record SlaOrder(
        String ticketNo,
        String processInstanceId,
        String department,
        String departmentName,
        String category,
        String categoryName,
        String vipLevel,
        String vipLevelName,
        boolean major,
        int round,
        OffsetDateTime openedAt,
        OffsetDateTime reminderAt,
        OffsetDateTime resolveDeadline,
        State state,
        long overdueMinutes,
        long remainingMinutes,
        String clockText,
        int escalationLevel,
        boolean acknowledged,
        String acknowledgedBy,
        boolean paused,
        OffsetDateTime pausedSince) {

    enum State {
        /** Past the reminder point, the resolve limit still ahead (SL-4). */
        NEAR,
        /** Past the resolve limit, the clock running (SL-2): escalated level by level (SL-3). */
        BREACHED,
        /** Waiting for the customer: the clock is stopped, whatever the wall clock says (SL-5). */
        PAUSED
    }
}
