package com.callcentre.workflow.leave;

import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.Shift;
import java.util.List;

/**
 * A request the rules accept ({@link LeaveRules#check}): the employee's shifts in the period, the
 * exceptions the approvers must confirm, who decides last (LV-3) and whether a certificate is due (LV-5).
 */
public record CheckedLeave(LeaveApplication application, Employee employee, List<Shift> shifts,
        List<LeaveException> exceptions, boolean needsCenterDirector, boolean certificateRequired) {

    public CheckedLeave {
        shifts = List.copyOf(shifts);
        exceptions = List.copyOf(exceptions);
    }

    public boolean has(LeaveException exception) {
        return exceptions.contains(exception);
    }
}
