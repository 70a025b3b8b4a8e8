package com.callcentre.workflow.escalation;

import java.time.OffsetDateTime;

/**
 * An open ticket whose customer has not been answered by the customer's-answer deadline (SL-1) on the
 * SLA monitor (SL-6). Ticket facts, no customer (CP-9). Times in the business zone.
 *
 * @param owner          the first-contact agent, who answers the customer (CP-2)
 * @param level          the level the clock's own escalation reached (SL-3; {@code answer_level}), 0 not yet
 * @param overdueMinutes how long past the deadline: now, or for a paused clock when it stopped
 * @param paused         the clock waits for the customer (SL-5); it stopped after the deadline
 * @param clockText      what staff read: 超时 3小时20分
 */
record SlaLateAnswer(String ticketNo, String processInstanceId, String category, String categoryName, String vipLevel,
        String vipLevelName, boolean major, String owner, OffsetDateTime answerDeadline, int level, long overdueMinutes,
        boolean paused, String clockText) {
}
