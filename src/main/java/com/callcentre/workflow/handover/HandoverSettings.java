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
 */
@ConfigurationProperties("handover")
record HandoverSettings(Duration remindAfter, Duration escalateAfter) {

    HandoverSettings {
        remindAfter = remindAfter == null ? Duration.ofMinutes(15) : remindAfter;
        escalateAfter = escalateAfter == null ? Duration.ofMinutes(30) : escalateAfter;
        if (remindAfter.isNegative() || remindAfter.isZero()) {
            throw new IllegalArgumentException("handover.remind-after: a positive duration, got " + remindAfter);
        }
        if (escalateAfter.compareTo(remindAfter) <= 0) {
            throw new IllegalArgumentException("handover.escalate-after: longer than handover.remind-after ("
                    + remindAfter + "), got " + escalateAfter);
        }
    }
}
