/**
 * Calendars (SL-5): the public-holiday table ({@link com.callcentre.workflow.calendar.HolidayCalendar},
 * edited over {@code /api/holidays}), working-time arithmetic in the business zone
 * ({@link com.callcentre.workflow.calendar.WorkingTimeCalendar}) and the calendar of each department
 * ({@link com.callcentre.workflow.calendar.DepartmentCalendars}). Break days also serve LV-7 and SW-8.
 */
@OwnsTables({"holiday"})
package com.callcentre.workflow.calendar;

import com.callcentre.workflow.system.OwnsTables;

