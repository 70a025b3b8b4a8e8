package com.callcentre.workflow.attendance;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the month's attendance register is published to staff ({@code attendance.publish.*}), in the
 * business zone ({@code centre.business-zone}): on that day of the following month, at that time, so
 * the duty leaders can correct the records first. Checked at start-up, so a bad value stops the
 * application there, naming the property.
 *
 * @param day the day of the following month (default 3; at most 28: every month has it)
 * @param at  at what time that day (default 09:00)
 */
@ConfigurationProperties("attendance.publish")
record PublishSettings(Integer day, LocalTime at) {

    PublishSettings {
        day = day == null ? 3 : day;
        at = at == null ? LocalTime.of(9, 0) : at;
        if (day < 1 || day > 28) {
            throw new IllegalArgumentException("attendance.publish.day: between 1 and 28, got " + day);
        }
    }
}
