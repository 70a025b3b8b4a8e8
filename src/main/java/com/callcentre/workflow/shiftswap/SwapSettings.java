package com.callcentre.workflow.shiftswap;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The swap rules' configuration ({@code shift-swap.*}).
 *
 * @param minimumRest the least rest between two shifts of one person after an exchange (SW-4);
 *                    default 8 hours
 */
@ConfigurationProperties("shift-swap")
record SwapSettings(Duration minimumRest) {

    static final Duration DEFAULT_MINIMUM_REST = Duration.ofHours(8);

    SwapSettings {
        if (minimumRest == null) {
            minimumRest = DEFAULT_MINIMUM_REST;
        }
        if (minimumRest.isNegative()) {
            throw new IllegalArgumentException("shift-swap.minimum-rest must not be negative: " + minimumRest);
        }
    }
}
