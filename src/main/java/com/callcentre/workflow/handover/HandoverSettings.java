package com.callcentre.workflow.handover;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The shift handover ({@code handover.*}, HO-4). Checked at start-up, so a bad value stops the
 * application there, naming the property.
 *
 * @param remindAfter   after the shift's end, while the incoming has not confirmed, both duty
 *                      leaders are reminded (default 15 minutes)
 * @param escalateAfter after the shift's end, while the incoming has not confirmed, the cs-director
 *                      is told (default 30 minutes); longer than {@code remindAfter}
 * @param agentWindow   how long before the end of their roster shift an agent may start their own
 *                      handover ({@code agent-handover}, HO-1; default 1 hour): earlier, mid-shift,
 *                      it would take the place of the real one at the shift's end
 */
@ConfigurationProperties("handover")
record HandoverSettings(Duration remindAfter, Duration escalateAfter, Duration agentWindow) {

    HandoverSettings {
        remindAfter = remindAfter == null ? Duration.ofMinutes(15) : remindAfter;
        escalateAfter = escalateAfter == null ? Duration.ofMinutes(30) : escalateAfter;
        agentWindow = agentWindow == null ? Duration.ofHours(1) : agentWindow;
        if (agentWindow.isNegative() || agentWindow.isZero()) {
            throw new IllegalArgumentException("handover.agent-window: a positive duration, got " + agentWindow);
        }
        if (remindAfter.isNegative() || remindAfter.isZero()) {
            throw new IllegalArgumentException("handover.remind-after: a positive duration, got " + remindAfter);
        }
        if (escalateAfter.compareTo(remindAfter) <= 0) {
            throw new IllegalArgumentException("handover.escalate-after: longer than handover.remind-after ("
                    + remindAfter + "), got " + escalateAfter);
        }
    }
}
