package com.callcentre.workflow.emergency;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Emergencies ({@code emergency.*}, EM-1). Checked at start-up, so a bad value stops the
 * application there, naming the property.
 *
 * @param answerWithin how long the duty leader has before the cs-director is told that the
 *                     emergency is not handled yet (default 15 minutes)
 * @param reportUp     the kinds that must be reported up level by level (seed 003 请示报告: 失泄密,
 *                     重大事故, 危及通信设备人身安全; seed 001: 媒体采访 to the top); the others the duty
 *                     leader handles, the cs-director told
 */
@ConfigurationProperties("emergency")
record EmergencySettings(Duration answerWithin, Set<EmergencyKind> reportUp) {

    EmergencySettings {
        answerWithin = answerWithin == null ? Duration.ofMinutes(15) : answerWithin;
        reportUp = reportUp == null ? EnumSet.of(EmergencyKind.POWER_CUT, EmergencyKind.FIRE, EmergencyKind.PRESS,
                EmergencyKind.DATA_LEAK) : Set.copyOf(reportUp);
        if (answerWithin.isNegative() || answerWithin.isZero()) {
            throw new IllegalArgumentException("emergency.answer-within: a positive duration, got " + answerWithin);
        }
    }
}
