package com.callcentre.workflow.attendance;

import com.callcentre.workflow.leave.LeaveCalendar;
import com.callcentre.workflow.leave.LeaveType;
import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.Shift;
import com.callcentre.workflow.staff.ShiftTimes;
import com.callcentre.workflow.staff.ShiftType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The monthly attendance register (考勤登记, seed 001: 每月公布一次): per person, from the month's
 * rostered shifts. What a duty leader recorded counts; a shift nobody recorded is filled in from
 * approved leave (请假, its type), a late leave no manager approved (旷工, LV-2) or a shift obtained
 * by a swap (调班); else it counts as unrecorded.
 */
@Component
class AttendanceRegister {

    private final Roster roster;
    private final ShiftTimes times;
    private final LeaveCalendar leave;
    private final AttendanceBook book;

    AttendanceRegister(Roster roster, ShiftTimes times, LeaveCalendar leave, AttendanceBook book) {
        this.roster = roster;
        this.times = times;
        this.leave = leave;
        this.book = book;
    }

    /** Every person with a shift or a record in the month, by user id. */
    List<RegisterLine> of(YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<Shift> shifts = roster.shifts(first, last);
        List<LeaveCalendar.LeaveSpan> leaves = leave.between(times.start(first.minusDays(1), ShiftType.DAY),
                times.start(last.plusDays(2), ShiftType.DAY));
        Map<String, AttendanceRecord> recorded = new HashMap<>();
        book.between(first, last).forEach(r -> recorded.put(key(r.employee(), r.date(), r.shift()), r));
        Map<String, List<AttendanceRecord>> byPerson = new TreeMap<>();
        Map<String, Integer> unrecorded = new HashMap<>();
        for (Shift shift : shifts) {
            AttendanceRecord r = Optional.ofNullable(recorded.remove(key(shift.employee(), shift.date(), shift.type())))
                    .or(() -> filledIn(shift, leaves)).orElse(null);
            byPerson.computeIfAbsent(shift.employee(), e -> new ArrayList<>());
            if (r == null) {
                unrecorded.merge(shift.employee(), 1, Integer::sum);
            } else {
                byPerson.get(shift.employee()).add(withLeaveType(r, shift, leaves));
            }
        }
        // SW-6: records against the other person of a swap, on a shift no longer theirs.
        recorded.values().forEach(r -> byPerson.computeIfAbsent(r.employee(), e -> new ArrayList<>()).add(r));
        List<RegisterLine> lines = new ArrayList<>();
        byPerson.forEach((employee, records) -> lines.add(line(employee, records, unrecorded.getOrDefault(employee, 0))));
        return lines;
    }

    /** A shift nobody recorded: approved leave, a late leave not approved (LV-2), a swap; else empty. */
    private static Optional<AttendanceRecord> filledIn(Shift shift, List<LeaveCalendar.LeaveSpan> leaves) {
        List<LeaveCalendar.LeaveSpan> mine = leaves.stream().filter(l -> l.employee().equals(shift.employee())
                && l.overlaps(shift.start(), shift.end())).toList();
        Optional<LeaveCalendar.LeaveSpan> approved = mine.stream().filter(LeaveCalendar.LeaveSpan::approved).findFirst();
        if (approved.isPresent()) {
            return Optional.of(AttendanceRecord.filledIn(shift.employee(), shift.date(), shift.type(),
                    AttendanceStatus.LEAVE, null, approved.get().type().label()));
        }
        if (mine.stream().anyMatch(LeaveCalendar.LeaveSpan::late)) {
            return Optional.of(AttendanceRecord.filledIn(shift.employee(), shift.date(), shift.type(),
                    AttendanceStatus.ABSENT, "LV-2", null));
        }
        if (shift.origin() == Shift.Origin.SWAP) {
            return Optional.of(AttendanceRecord.filledIn(shift.employee(), shift.date(), shift.type(),
                    AttendanceStatus.SWAP, null, null));
        }
        return Optional.empty();
    }

    /** A recorded LEAVE takes its type from the approved request on the shift. */
    private static AttendanceRecord withLeaveType(AttendanceRecord r, Shift shift, List<LeaveCalendar.LeaveSpan> leaves) {
        if (r.status() != AttendanceStatus.LEAVE || r.leaveType() != null) {
            return r;
        }
        String type = leaves.stream().filter(l -> l.approved() && l.employee().equals(shift.employee())
                && l.overlaps(shift.start(), shift.end())).map(l -> l.type().label()).findFirst()
                .orElse(LeaveType.PERSONAL.label());
        return new AttendanceRecord(r.employee(), r.date(), r.shift(), r.status(), r.lateMinutes(), r.earlyMinutes(),
                r.awayMinutes(), r.overtimeMinutes(), r.disciplinaryCase(), r.rule(), r.swapRequest(), r.note(), type,
                r.recordedBy(), r.recordedAt());
    }

    private RegisterLine line(String employee, List<AttendanceRecord> records, int unrecorded) {
        int attended = 0;
        int lateCount = 0;
        int lateMinutes = 0;
        int earlyCount = 0;
        int earlyMinutes = 0;
        int awayCount = 0;
        int awayMinutes = 0;
        int cases = 0;
        int absences = 0;
        int swaps = 0;
        int overtime = 0;
        Map<String, Set<LocalDate>> leaveDates = new HashMap<>();
        for (AttendanceRecord r : records) {
            switch (r.status()) {
                case PRESENT, LATE, LEFT_EARLY, AWAY -> attended++;
                case ABSENT -> absences++;
                case LEAVE -> leaveDates.computeIfAbsent(r.leaveType(), t -> new HashSet<>()).add(r.date());
                case SWAP -> swaps++;
                default -> throw new IllegalStateException(r.status().name());
            }
            lateCount += r.lateMinutes() > 0 ? 1 : 0;
            lateMinutes += r.lateMinutes();
            earlyCount += r.earlyMinutes() > 0 ? 1 : 0;
            earlyMinutes += r.earlyMinutes();
            awayCount += r.awayMinutes() > 0 ? 1 : 0;
            awayMinutes += r.awayMinutes();
            cases += r.disciplinaryCase() ? 1 : 0;
            overtime += r.overtimeMinutes();
        }
        Map<String, Integer> leaveDays = new LinkedHashMap<>();
        for (LeaveType type : LeaveType.values()) {
            leaveDays.put(type.label(), leaveDates.getOrDefault(type.label(), Set.of()).size());
        }
        String name = roster.employee(employee).map(Employee::name).orElse(employee);
        return new RegisterLine(employee, name, records.size() + unrecorded, attended, lateCount, lateMinutes,
                earlyCount, earlyMinutes, awayCount, awayMinutes, cases, absences, leaveDays, swaps, overtime,
                unrecorded);
    }

    private static String key(String employee, LocalDate date, ShiftType type) {
        return employee + "|" + date + "|" + type;
    }
}
