package com.callcentre.workflow.staff;

import com.callcentre.workflow.system.BusinessClock;
import java.time.ZoneId;
import java.util.Map;

/** Shift times as configured, for unit tests of other packages (no application needed). */
public final class StaffSettingsFixtures {

    private StaffSettingsFixtures() {
    }

    /** {@code staff.shift-times} as given, in that business zone. */
    public static ShiftTimes shiftTimes(Map<ShiftType, String> times, String zone) {
        return new ShiftTimes(new StaffSettings(times), new BusinessClock(ZoneId.of(zone)));
    }
}
