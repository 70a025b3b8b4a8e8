package com.callcentre.workflow.leave;

import com.callcentre.workflow.calendar.HolidayCalendar;
import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.Shift;
import com.callcentre.workflow.staff.ShiftTimes;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.RuleRefusal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every leave rule of domain rules §4, in one place, each named by its id. The API checks a
 * request here before it starts anything; the process's first step checks a Tasklist start form
 * here too, so both ways meet the same rules. "Now" is the engine's clock.
 */
@Component
public class LeaveRules {

    /** LV-2: ordinary personal leave one day before the first shift starts. */
    static final Duration PERSONAL_NOTICE = Duration.ofDays(1);
    /** LV-2: special personal leave one hour before. */
    static final Duration SPECIAL_NOTICE = Duration.ofHours(1);
    /**
     * LV-2 (seed: 病事假): sick leave is asked for in advance too, like special personal leave one
     * hour before; an emergency (LV-5) is in time when phoned in before the shift starts.
     */
    static final Duration SICK_NOTICE = Duration.ofHours(1);
    /** LV-6: a night shift is asked for before 12:00 of the day the night begins. */
    static final LocalTime NIGHT_DEADLINE = LocalTime.NOON;
    /** LV-7: holiday duty is asked for two days ahead. */
    static final Duration HOLIDAY_NOTICE = Duration.ofDays(2);
    /** LV-3: longer than this goes to the centre director. */
    static final Duration ONE_DAY = Duration.ofDays(1);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final Roster roster;
    private final HolidayCalendar holidays;
    private final ShiftTimes times;
    private final LeaveBook book;

    LeaveRules(Roster roster, HolidayCalendar holidays, ShiftTimes times, LeaveBook book) {
        this.roster = roster;
        this.holidays = holidays;
        this.times = times;
        this.book = book;
    }

    /**
     * The request against every rule at {@code now}.
     *
     * @throws RuleRefusal           a rule forbids it outright (LV-4, LV-9, LV-6, LV-7; not an emergency
     *                               sick leave phoned in by someone else before the shift: marked)
     * @throws InvalidInputException the period holds none of the employee's shifts, or overlaps
     *                               another pending or approved request of the employee
     */
    public CheckedLeave check(LeaveApplication leave, Instant now) {
        Employee employee = roster.employee(leave.employee())
                .orElseThrow(() -> InvalidInputException.of("employee", "未知员工: " + leave.employee()));
        List<Shift> shifts = shiftsIn(leave.employee(), leave.start(), leave.end());
        if (shifts.isEmpty()) {
            throw InvalidInputException.of("start", "所选时段内 " + employee.name() + " 没有班次，无需请假");
        }
        Optional<String> overlapping = book.overlapping(leave.employee(), leave.start(), leave.end());
        if (overlapping.isPresent()) {
            throw InvalidInputException.of("start", "与已有请假申请 " + overlapping.get() + " 的时段重叠");
        }

        // LV-4: personal leave in person only; sick leave (and the others) may be asked for by someone else.
        if (leave.type().isPersonal() && !leave.employee().equals(leave.submitter())) {
            throw new RuleRefusal("LV-4", "事假须由本人申请，不得由他人代请（病假除外）", "employee");
        }
        // LV-9 (SW-7): no leave on a shift obtained by a swap, nor on the one that repays it.
        for (Shift shift : shifts) {
            if (shift.origin() == Shift.Origin.SWAP || shift.swapId() != null) {
                throw new RuleRefusal("LV-9", describe(shift) + "是换班或还班的班次，换班和还班均不得请假", "start");
            }
        }
        List<LeaveException> exceptions = new ArrayList<>();
        boolean phonedIn = phonedInEmergency(leave, shifts, now);
        // LV-6: a night shift only if asked for before 12:00 of the day the night begins, then marked.
        for (Shift shift : shifts) {
            if (shift.type() == ShiftType.NIGHT) {
                Instant deadline = nightDeadline(shift);
                boolean late = !now.isBefore(deadline);
                if (late && !phonedIn) {
                    throw new RuleRefusal("LV-6", "夜班原则上不允许请假；" + describe(shift) + "的特殊情况须在 "
                            + WHEN.format(deadline.atZone(times.zone())) + " 之前提出", "start");
                }
                addOnce(exceptions, LeaveException.NIGHT_SHIFT);
                if (late) {
                    addOnce(exceptions, LeaveException.PHONED_IN_EMERGENCY);
                }
            }
        }
        // LV-7: holiday duty only if asked for two days ahead of the holiday, then marked.
        for (Shift shift : shifts) {
            if (holidays.isBreakDay(shift.date())) {
                Instant deadline = holidayDeadline(shift.date());
                boolean late = now.isAfter(deadline);
                if (late && !phonedIn) {
                    throw new RuleRefusal("LV-7", "节假日不允许请假；" + describe(shift) + "的极特殊情况须提前两天（"
                            + WHEN.format(deadline.atZone(times.zone())) + " 之前）提出", "start");
                }
                addOnce(exceptions, LeaveException.HOLIDAY);
                if (late) {
                    addOnce(exceptions, LeaveException.PHONED_IN_EMERGENCY);
                }
            }
        }
        // LV-2: personal and sick leave later than its notice before the first shift is accepted, marked.
        Optional<Duration> notice = notice(leave);
        if (notice.isPresent() && now.isAfter(shifts.get(0).start().minus(notice.get()))) {
            exceptions.add(0, LeaveException.LATE);
        }
        return new CheckedLeave(leave, employee, shifts, exceptions, needsCenterDirector(leave),
                certificateRequired(leave));
    }

    /**
     * LV-2: how long before the first shift a request is in time: personal one day, special
     * personal and sick one hour, an emergency sick leave (LV-5) until the shift starts; the other
     * types have no notice rule.
     */
    static Optional<Duration> notice(LeaveApplication leave) {
        return switch (leave.type()) {
            case PERSONAL -> Optional.of(PERSONAL_NOTICE);
            case PERSONAL_SPECIAL -> Optional.of(SPECIAL_NOTICE);
            case SICK -> Optional.of(leave.emergency() ? Duration.ZERO : SICK_NOTICE);
            default -> Optional.empty();
        };
    }

    /**
     * LV-5 with LV-6, LV-7: an emergency sick leave phoned in by someone else before the first
     * shift starts is not refused for a missed night or holiday deadline: accepted and marked
     * ({@link LeaveException#PHONED_IN_EMERGENCY}) for the manager to confirm.
     */
    static boolean phonedInEmergency(LeaveApplication leave, List<Shift> shifts, Instant now) {
        return leave.type() == LeaveType.SICK && leave.emergency() && !leave.employee().equals(leave.submitter())
                && !now.isAfter(shifts.get(0).start());
    }

    /** The employee's shifts that the period overlaps, in time order. */
    public List<Shift> shiftsIn(String employee, Instant start, Instant end) {
        // A shift starts on its date and lasts at most a day: one that overlaps starts from the day before.
        return roster.shiftsOf(employee, times.dateOf(start).minusDays(1), times.dateOf(end)).stream()
                .filter(s -> s.start().isBefore(end) && s.end().isAfter(start)).toList();
    }

    /** LV-3: more than one day, or official business and training, goes on to the centre director. */
    static boolean needsCenterDirector(LeaveApplication leave) {
        return leave.length().compareTo(ONE_DAY) > 0 || leave.type() == LeaveType.OFFICIAL;
    }

    /** LV-5: sick leave of a full day or more needs a certificate, emergencies excepted. */
    static boolean certificateRequired(LeaveApplication leave) {
        return leave.type() == LeaveType.SICK && !leave.emergency() && leave.length().compareTo(ONE_DAY) >= 0;
    }

    /** LV-5: the certificate is handed in on the first day back, the day after the leave's last day. */
    public LocalDate firstDayBack(Instant end) {
        return times.dateOf(end.minusNanos(1)).plusDays(1);
    }

    /**
     * LV-5: the certificate's dates are continuous with the leave: it begins on or before the
     * leave's first day and ends on or after its last, so no day of the leave is left uncertified.
     *
     * @throws InvalidInputException a date is missing or the certificate ends before it begins
     * @throws RuleRefusal           the certificate leaves a day of the leave uncovered
     */
    public void certificateContinuous(Instant start, Instant end, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw InvalidInputException.of(from == null ? "certifiedFrom" : "certifiedTo",
                    "请填写病假证明的起止日期，格式 yyyy-MM-dd（LV-5）");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("certifiedTo", "证明结束日期不能早于开始日期");
        }
        LocalDate first = times.dateOf(start);
        LocalDate last = times.dateOf(end.minusNanos(1));
        if (from.isAfter(first) || to.isBefore(last)) {
            throw new RuleRefusal("LV-5", "病假证明时间必须连续：证明日期 " + from + " 至 " + to + " 须覆盖病假的每一天（"
                    + first + " 至 " + last + "）", from.isAfter(first) ? "certifiedFrom" : "certifiedTo");
        }
    }

    /**
     * LV-6: 12:00 of the day the night begins, the last noon before the shift starts (a NIGHT
     * shift of 00:00-08:00 on the 9th begins in the night of the 8th: 12:00 on the 8th).
     */
    Instant nightDeadline(Shift shift) {
        ZonedDateTime start = shift.start().atZone(times.zone());
        ZonedDateTime noon = start.toLocalDate().atTime(NIGHT_DEADLINE).atZone(times.zone());
        return (noon.isBefore(start) ? noon : noon.minusDays(1)).toInstant();
    }

    /** LV-7: two days before the holiday begins (its 00:00 in the business zone). */
    Instant holidayDeadline(LocalDate holiday) {
        return holiday.atStartOfDay(times.zone()).toInstant().minus(HOLIDAY_NOTICE);
    }

    private String describe(Shift shift) {
        return shift.date().getMonthValue() + "月" + shift.date().getDayOfMonth() + "日" + shift.type().label();
    }

    private static void addOnce(List<LeaveException> exceptions, LeaveException exception) {
        if (!exceptions.contains(exception)) {
            exceptions.add(exception);
        }
    }
}
