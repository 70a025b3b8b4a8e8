package com.callcentre.workflow.quality;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The daily audit's configuration ({@code quality.*}).
 *
 * @param dailyAuditTime when the complaint managers get the day before's closed tickets, "HH:mm"
 *                       in the business zone ({@code centre.business-zone}); default 08:00 (CP-8)
 */
@ConfigurationProperties("quality")
record QualitySettings(String dailyAuditTime) {

    static final String DEFAULT_TIME = "08:00";

    QualitySettings {
        dailyAuditTime = dailyAuditTime == null || dailyAuditTime.isBlank() ? DEFAULT_TIME : dailyAuditTime.trim();
        time(dailyAuditTime); // a wrong time stops the start, not the first morning
    }

    LocalTime time() {
        return time(dailyAuditTime);
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("quality.daily-audit-time must be HH:mm, not " + text, e);
        }
    }
}
