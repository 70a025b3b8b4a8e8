package com.callcentre.workflow.escalation;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SL-3: who is escalated to, level by level, after how long the next level follows, and at
 * which level a major complaint starts (越级). The notification package reads the same values.
 * Policy, so configuration ({@code escalation.*}).
 */
@ConfigurationProperties("escalation")
record EscalationSettings(
        @DefaultValue({"duty-leader", "cs-director", "center-director"}) List<String> chain,
        @DefaultValue("PT12H") Duration interval,
        @DefaultValue("2") int majorFirstLevel) {

    /** The model has exactly three supervision levels; a different chain must fail at start, not at a breach. */
    EscalationSettings {
        if (chain.size() != 3) {
            throw new IllegalArgumentException("escalation.chain needs the three groups of levels 1 to 3: " + chain);
        }
        if (majorFirstLevel < 1 || majorFirstLevel > 3) {
            throw new IllegalArgumentException("escalation.major-first-level must be 1, 2 or 3: " + majorFirstLevel);
        }
    }
}
