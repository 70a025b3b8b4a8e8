package com.callcentre.workflow.calendar;

import java.time.LocalDate;

/** Which dates are working days: the holiday table in the application, a fixed set in tests. */
@FunctionalInterface
public interface WorkingDays {

    boolean isWorkingDay(LocalDate day);
}
