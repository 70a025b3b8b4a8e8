package com.callcentre.workflow.staff;

import java.time.LocalDate;

/** The employee already has that shift: the roster holds each (employee, date, type) once. */
public class DuplicateShiftException extends RuntimeException {

    public DuplicateShiftException(String userId, LocalDate date, ShiftType type) {
        super(userId + " 在 " + date + " 已有" + type.label() + "（" + type.name() + "）");
    }
}
