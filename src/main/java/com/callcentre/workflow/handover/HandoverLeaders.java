package com.callcentre.workflow.handover;

import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.JobType;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.Shift;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.ShownText;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The duty leader of a roster shift (HO-1: the outgoing and the incoming of a handover), as the
 * roster says when the handover opens: a duty leader with that shift, not on approved leave for it
 * (a swap approved until then counts); of several, the first by user id.
 */
@Component
class HandoverLeaders {

    record Leader(String userId, String name) {

        /** Name (escaped for the form's markdown) and staff number. */
        String shown() {
            return ShownText.literal(name) + "（" + userId + "）";
        }
    }

    private final Roster roster;

    HandoverLeaders(Roster roster) {
        this.roster = roster;
    }

    Optional<Leader> of(LocalDate date, ShiftType type) {
        List<Shift> shifts = roster.shifts(date, date).stream().filter(s -> s.type() == type).toList();
        Set<Long> onLeave = roster.onLeave(shifts);
        return shifts.stream().filter(s -> !onLeave.contains(s.id()))
                .map(s -> roster.employee(s.employee()).orElse(null))
                .filter(e -> e != null && e.jobType() == JobType.DUTY_LEADER)
                .sorted(Comparator.comparing(Employee::userId))
                .map(e -> new Leader(e.userId(), e.name())).findFirst();
    }

    /** A person as forms show them: name (escaped for markdown) and staff number. */
    String shown(String userId) {
        return roster.employee(userId).map(e -> new Leader(e.userId(), e.name()).shown()).orElse(userId);
    }

    /** A person as mail and the log show them: name and staff number, as typed. */
    String plain(String userId) {
        return roster.employee(userId).map(e -> e.name() + "（" + userId + "）").orElse(userId);
    }
}
