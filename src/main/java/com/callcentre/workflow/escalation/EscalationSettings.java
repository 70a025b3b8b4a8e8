package com.callcentre.workflow.escalation;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SL-3: who is escalated to, level by level, and after how long the next level follows.
 * Policy, so configuration ({@code escalation.*}).
 */
@ConfigurationProperties("escalation")
record EscalationSettings(
        @DefaultValue({"duty-leader", "cs-director", "center-director"}) List<String> chain,
        @DefaultValue("PT12H") Duration interval) {
}
