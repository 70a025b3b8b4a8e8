package com.callcentre.workflow.attendance;

import java.util.Map;

/**
 * One person's line of the monthly attendance register (seed 001 考勤: lateness, leaving early,
 * away from the post, absenteeism; each leave type; overtime).
 *
 * @param shifts           rostered shifts of the month (and shifts recorded against them, SW-6)
 * @param attended         shifts worked: present, late, left early or away
 * @param awayCount        shifts with time away from the post
 * @param disciplinaryCases LV-8: late or away 20 minutes or more without leave
 * @param absences         旷工 (LV-2 and SW-6 included)
 * @param leaveDays        per leave type's Chinese name, the days on that leave
 * @param swapShifts       shifts worked by a swap (调班)
 * @param unrecorded       shifts nobody recorded and no leave or swap fills in
 */
record RegisterLine(String employee, String name, int shifts, int attended, int lateCount, int lateMinutes,
        int leftEarlyCount, int leftEarlyMinutes, int awayCount, int awayMinutes, int disciplinaryCases,
        int absences, Map<String, Integer> leaveDays, int swapShifts, int overtimeMinutes, int unrecorded) {
}
