package com.callcentre.workflow.dutylog;

import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.JobType;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.ShiftTimes;
import com.callcentre.workflow.staff.ShiftType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which shift a moment belongs to and who is its duty leader on duty (HO-3), as the roster says:
 * the shift of the configured times ({@code staff.shift-times}) that covers the moment, and the
 * duty leaders whose shift covers it, not on approved leave ({@link Roster#onDutyAt}).
 */
@Component
class DutyShifts {

    /** A shift of the roster: its date and type. */
    record ShiftOf(LocalDate date, ShiftType type) {
    }

    private final Roster roster;
    private final ShiftTimes times;

    DutyShifts(Roster roster, ShiftTimes times) {
        this.roster = roster;
        this.times = times;
    }

    /** The shift running at the instant: of its date or, for one past midnight, of the day before. */
    Optional<ShiftOf> at(Instant at) {
        LocalDate date = times.dateOf(at);
        for (LocalDate day : List.of(date, date.minusDays(1))) {
            for (ShiftType type : ShiftType.values()) {
                if (times.covers(day, type, at)) {
                    return Optional.of(new ShiftOf(day, type));
                }
            }
        }
        return Optional.empty();
    }

    /** The duty leaders on duty at the instant, by user id. */
    List<String> leadersAt(Instant at) {
        return roster.onDutyAt(at, JobType.DUTY_LEADER).stream().map(Employee::userId).toList();
    }
}
