package com.callcentre.workflow.dutyreport;

import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.JobType;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.Shift;
import com.callcentre.workflow.staff.ShiftType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The day-shift duty leader of a day (RP-1: 每天日班值班长负责统计当天工作情况), as the roster says:
 * a duty leader with a DAY shift on that date, not on approved leave for it; of several, the first
 * by user id. Read from the roster when the report is made, so a swap or leave approved until then
 * counts.
 */
@Component
class DayLeaders {

    record Leader(String userId, String name) {
    }

    private final Roster roster;

    DayLeaders(Roster roster) {
        this.roster = roster;
    }

    Optional<Leader> of(LocalDate day) {
        List<Shift> dayShifts = roster.shifts(day, day).stream().filter(s -> s.type() == ShiftType.DAY).toList();
        Set<Long> onLeave = roster.onLeave(dayShifts);
        return dayShifts.stream().filter(s -> !onLeave.contains(s.id()))
                .map(s -> roster.employee(s.employee()).orElse(null))
                .filter(e -> e != null && e.jobType() == JobType.DUTY_LEADER)
                .sorted(Comparator.comparing(Employee::userId))
                .map(e -> new Leader(e.userId(), e.name())).findFirst();
    }
}
