package com.callcentre.workflow.escalation;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SL-3: who is escalated to, level by level, after how long the next level follows, and at
 * which level a major complaint starts (越级, the levels below told afterwards); SL-4: at which
 * share of the resolve limit the department is reminded. Policy, so
 * configuration ({@code escalation.*}), bound here once: the supervision tasks and the e-mail
 * (notification package) both read it from this bean.
 */
@ConfigurationProperties("escalation")
public record EscalationPolicy(
        @DefaultValue({"duty-leader", "cs-director", "center-director"}) List<String> chain,
        @DefaultValue("PT12H") Duration interval,
        @DefaultValue("2") int majorFirstLevel,
        @DefaultValue("0.75") double reminderShare) {

    /** The model has exactly three supervision levels; a different chain must fail at start, not at a breach. */
    public EscalationPolicy {
        chain = List.copyOf(chain);
        if (chain.size() != 3) {
            throw new IllegalArgumentException("escalation.chain needs the three groups of levels 1 to 3: " + chain);
        }
        if (majorFirstLevel < 1 || majorFirstLevel > 3) {
            throw new IllegalArgumentException("escalation.major-first-level must be 1, 2 or 3: " + majorFirstLevel);
        }
        if (!(reminderShare > 0 && reminderShare < 1)) {
            throw new IllegalArgumentException("escalation.reminder-share must lie between 0 and 1: " + reminderShare);
        }
    }

    /** The policy without configuration: duty leader, cs-director, centre director; 12 hours; major from level 2; 75%. */
    public static EscalationPolicy defaults() {
        return new EscalationPolicy(List.of("duty-leader", "cs-director", "center-director"), Duration.ofHours(12), 2,
                0.75);
    }

    /** SL-4: the reminder point of a resolve limit. */
    public Duration reminderOf(Duration resolveLimit) {
        return Duration.ofSeconds(Math.round(resolveLimit.toSeconds() * reminderShare));
    }

    /** The group supervising at this level (1 to 3). */
    public String groupOf(int level) {
        if (level < 1 || level > chain.size()) {
            throw new IllegalArgumentException("No escalation level " + level + " in escalation.chain " + chain);
        }
        return chain.get(level - 1);
    }

    /** The level an escalation starts at: a major complaint's skips the levels below (SL-3). */
    public int firstLevel(boolean major) {
        return major ? majorFirstLevel : 1;
    }

    /** Whether a major complaint's escalation skips levels whose groups are then told afterwards. */
    public boolean skipsLevels(boolean major) {
        return major && majorFirstLevel > 1;
    }
}
