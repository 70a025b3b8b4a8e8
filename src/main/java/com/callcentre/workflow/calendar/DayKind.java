package com.callcentre.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** What a date is in the business calendar: the holiday table first, then the week. */
public enum DayKind {
    BREAK_DAY,
    MAKEUP_WORKDAY,
    WEEKEND,
    WORKDAY;

    public boolean isWorkingDay() {
        return this == WORKDAY || this == MAKEUP_WORKDAY;
    }

    /** A day the holiday table does not list. */
    static DayKind ofWeek(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? WEEKEND : WORKDAY;
    }
}
