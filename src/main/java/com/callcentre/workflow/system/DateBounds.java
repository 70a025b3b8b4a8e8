package com.callcentre.workflow.system;

import java.time.LocalDate;

/**
 * The dates a centre's roster, holidays, leave and reports can be about: years 2000 to 2099.
 * Year 0000, 1900 or 9999 is a typing error, never a shift; refusing it keeps every date
 * computation (weeks, zones, working time) on ground it is tested on.
 */
public final class DateBounds {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;
    public static final String MESSAGE = "年份须在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间";

    private DateBounds() {
    }

    public static boolean within(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static boolean within(LocalDate date) {
        return within(date.getYear());
    }
}
