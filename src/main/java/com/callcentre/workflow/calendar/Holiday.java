package com.callcentre.workflow.calendar;

import java.time.LocalDate;

/**
 * One day of the holiday table, as the API shows it.
 *
 * @param statutory a 法定节假日 (pay rules, reports); only a break day can be one
 * @param name      the holiday in Chinese (春节); a make-up working day names the holiday it repays
 */
public record Holiday(LocalDate date, Kind kind, boolean statutory, String name) {

    public enum Kind {
        /** 放假: no working time; holiday duty at the centre (LV-7, SW-8). */
        BREAK_DAY,
        /** 调休上班: a Saturday or Sunday that is a normal working day. */
        MAKEUP_WORKDAY
    }
}
