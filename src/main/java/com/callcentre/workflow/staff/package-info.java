/**
 * The roster (domain rules §4-§6): employees with job type, skill level (初级/中级/高级) and own
 * duty leader, and their shifts. {@link com.callcentre.workflow.staff.Roster} is the API of the
 * leave and swap features and of escalation ("who is on duty now"); {@code /api/shifts} reads
 * the roster and lets duty leaders and administrators add shifts.
 * <p>
 * Shift times are configuration ({@code staff.shift-times}, business zone), applied to a shift's
 * date and type ({@link com.callcentre.workflow.staff.ShiftTimes}): by default DAY 08:00-16:00,
 * EVENING 16:00-24:00, NIGHT 00:00-08:00 of the same date. A shift's end is exclusive.
 * <p>
 * Own duty leader: agents, handler1, manager1 and inspector1 have one (leader1 leads agent1,
 * agent2, handler1, manager1, inspector1; leader2 leads agent3 and agent4). Duty leaders,
 * directors and department liaisons have none: a duty leader's superior is the cs-director,
 * the next level of approval, not a duty leader.
 * <p>
 * Demo data ({@link com.callcentre.workflow.staff.DemoRoster}, demo profile, tests included):
 * four weeks from start-up. Agents work Monday to Friday, rotating weekly along DAY, EVENING,
 * DAY, NIGHT (agent1 DAY, agent2 EVENING, agent3 DAY, agent4 NIGHT in one week, each one step
 * on the next), so every weekday has DAY, EVENING and NIGHT cover and no one works back-to-back
 * shifts; leader1 DAY on weekdays, leader2 EVENING and NIGHT in alternate weeks; everyone else
 * DAY on working days. Weekends are left to the duty leaders.
 */
@OwnsTables({"employee", "shift"})
package com.callcentre.workflow.staff;

import com.callcentre.workflow.system.OwnsTables;

