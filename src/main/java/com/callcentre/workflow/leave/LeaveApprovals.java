package com.callcentre.workflow.leave;

import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.Shift;
import com.callcentre.workflow.staff.ShiftTimes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The approvers' tasks (LV-3): who gets the first one, and what each shows when it is created:
 * the employee's shifts in the period with the colleagues of the same job type left on each.
 */
@Component("leaveApprovals")
public class LeaveApprovals {

    /** The answers of an approval; cleared when the next level's task is created. */
    static final List<String> ANSWERS = List.of("approved", "comment", "exceptionConfirmed");
    /** Enough for an approver; a longer leave is summed up. */
    static final int SHOWN_SHIFTS = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd（E）", java.util.Locale.CHINA);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Roster roster;
    private final LeaveRules rules;
    private final ShiftTimes times;

    LeaveApprovals(Roster roster, LeaveRules rules, ShiftTimes times) {
        this.roster = roster;
        this.rules = rules;
        this.times = times;
    }

    /** The first level: the employee's own duty leader (the assignee); any duty leader when there is none. */
    public List<String> firstLevelGroups(DelegateExecution execution) {
        return execution.getVariable("dutyLeader") == null ? List.of(StaffGroups.DUTY_LEADER) : List.of();
    }

    /** Creation of an approval task: the facts of the roster now, and no answer of the level before. */
    public void prepare(DelegateTask task) {
        ANSWERS.stream().filter(task::hasVariable).forEach(name -> task.setVariable(name, null));
        String employee = (String) task.getVariable("employee");
        Instant start = OffsetDateTime.parse((String) task.getVariable("start")).toInstant();
        Instant end = OffsetDateTime.parse((String) task.getVariable("end")).toInstant();
        task.setVariableLocal("shiftsInPeriod", shiftsInPeriod(employee, start, end));
    }

    /** One line per shift: when, and how many colleagues of the same job type remain on it. */
    String shiftsInPeriod(String employee, Instant start, Instant end) {
        Employee who = roster.employee(employee).orElseThrow();
        List<Shift> shifts = rules.shiftsIn(employee, start, end);
        List<String> lines = new ArrayList<>();
        for (Shift shift : shifts.subList(0, Math.min(shifts.size(), SHOWN_SHIFTS))) {
            long colleagues = roster.onDutyAt(shift.start(), who.jobType()).stream()
                    .filter(e -> !e.userId().equals(employee)).count();
            lines.add("- " + DAY.format(shift.date()) + " " + shift.type().label() + " "
                    + TIME.format(shift.start().atZone(times.zone())) + "-" + TIME.format(shift.end().atZone(times.zone()))
                    + "：同岗位（" + who.jobType().label() + "）其余在岗 " + colleagues + " 人"
                    + (colleagues == 0 ? " **（无人顶岗）**" : ""));
        }
        if (shifts.size() > SHOWN_SHIFTS) {
            lines.add("- ……共 " + shifts.size() + " 个班次，以上为前 " + SHOWN_SHIFTS + " 个");
        }
        return lines.isEmpty() ? "（期间已无班次）" : String.join("\n", lines);
    }
}
