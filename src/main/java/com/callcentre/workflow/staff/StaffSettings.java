package com.callcentre.workflow.staff;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The roster's configuration ({@code staff.*}).
 *
 * @param shiftTimes each shift's "HH:mm-HH:mm" on its date in the business zone; an end of
 *                   "24:00", or one not after the start, is on the next day. A type left out
 *                   keeps its default (DAY 08:00-16:00, EVENING 16:00-24:00, NIGHT 00:00-08:00).
 */
@ConfigurationProperties("staff")
record StaffSettings(Map<ShiftType, String> shiftTimes) {

    static final Map<ShiftType, String> DEFAULT_TIMES = Map.of(
            ShiftType.DAY, "08:00-16:00",
            ShiftType.EVENING, "16:00-24:00",
            ShiftType.NIGHT, "00:00-08:00");

    StaffSettings {
        Map<ShiftType, String> times = new EnumMap<>(DEFAULT_TIMES);
        if (shiftTimes != null) {
            times.putAll(shiftTimes);
        }
        shiftTimes = Map.copyOf(times);
    }
}
