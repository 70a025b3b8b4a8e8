package com.callcentre.workflow.quality;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Quality monitoring's configuration ({@code quality.listening.*}, QA-1).
 *
 * @param quota              how many of each agent's calls the quality inspectors listen to and
 *                           score each month; default 4
 * @param reminderDaysBefore the open listenings of agents below quota are flagged (【月底提醒】) this
 *                           many days before the month's end, at 09:00 in the business zone; default 5
 */
@ConfigurationProperties("quality.listening")
record ListeningSettings(Integer quota, Integer reminderDaysBefore) {

    static final int DEFAULT_QUOTA = 4;
    static final int DEFAULT_REMINDER_DAYS = 5;

    ListeningSettings {
        quota = quota == null ? DEFAULT_QUOTA : quota;
        reminderDaysBefore = reminderDaysBefore == null ? DEFAULT_REMINDER_DAYS : reminderDaysBefore;
        // A wrong setting stops the start, not the first of the month.
        if (quota < 1 || quota > 50) {
            throw new IllegalArgumentException("quality.listening.quota must be 1..50, not " + quota);
        }
        if (reminderDaysBefore < 1 || reminderDaysBefore > 27) {
            throw new IllegalArgumentException("quality.listening.reminder-days-before must be 1..27, not "
                    + reminderDaysBefore);
        }
    }
}
