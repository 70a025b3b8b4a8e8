package com.callcentre.workflow.calendar;

import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.Departments;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which clock runs for whom (SL-5): the hotline and a department without working hours on the
 * wall clock; a department with working hours on those hours, the holiday table's working days
 * and the business zone. Built at start-up, so bad working hours stop the application there.
 */
@Component
public class DepartmentCalendars {

    private final Map<String, WorkingTimeCalendar> byDepartment = new HashMap<>();

    DepartmentCalendars(Departments departments, BusinessClock settings, HolidayCalendar holidays) {
        for (Departments.Department department : departments.departments()) {
            try {
                byDepartment.put(department.code(),
                        WorkingTimeCalendar.of(settings.zone(), holidays, department.workingHours()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("centre.departments, " + department.code() + ": " + e.getMessage(), e);
            }
        }
    }

    /** The hotline works 24 hours (SL-5). */
    public WorkingTimeCalendar hotline() {
        return WorkingTimeCalendar.wallClock();
    }

    /**
     * The department's clock. A code no longer configured (an order older than a change of
     * configuration) gets SL-5's default, the wall clock, rather than failing its timers.
     */
    public WorkingTimeCalendar ofDepartment(String code) {
        return byDepartment.getOrDefault(code, hotline());
    }
}
