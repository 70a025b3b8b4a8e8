package com.callcentre.workflow.attendance;

import com.callcentre.workflow.leave.LeaveCalendar;
import com.callcentre.workflow.shiftswap.ApprovedSwaps;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.Shift;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.InvalidInputException.FieldProblem;
import com.callcentre.workflow.system.RuleRefusal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A duty leader records one shift's attendance. Nonsense is refused before anything is written
 * (400 naming the field): a shift not on the roster, one not yet begun, minutes beyond the shift's
 * length or not matching the status. The rules:
 * <ul>
 * <li>LV-8: late or away from the post {@value AttendanceRecord#CASE_MINUTES} minutes or more without
 * approved leave is a disciplinary case, marked on the record;</li>
 * <li>LV-2: leave asked for late that no manager approved is absenteeism (旷工): a LEAVE entry on such a
 * shift is recorded ABSENT; a LEAVE entry without any leave request is refused (422);</li>
 * <li>SW-6: a gap caused by an unclear swap handover names the swap and is absenteeism for both of its
 * people: the other one gets the same record on this shift.</li>
 * </ul>
 */
@Component
class RecordAttendance {

    private final Roster roster;
    private final LeaveCalendar leave;
    private final ApprovedSwaps swaps;
    private final AttendanceBook book;

    RecordAttendance(Roster roster, LeaveCalendar leave, ApprovedSwaps swaps, AttendanceBook book) {
        this.roster = roster;
        this.leave = leave;
        this.swaps = swaps;
        this.book = book;
    }

    /** The records written: the person's, and for SW-6 the other person's of the swap. */
    @Transactional
    List<AttendanceRecord> record(String userId, LocalDate date, ShiftType type, AttendanceEntry entry,
            String recordedBy) {
        if (roster.employee(userId).isEmpty()) {
            throw InvalidInputException.of("userId", "未知员工: " + userId);
        }
        Shift shift = roster.shiftsOf(userId, date, date).stream().filter(s -> s.type() == type).findFirst()
                .orElseThrow(() -> InvalidInputException.of("shift", "排班表中没有 " + userId + " 在 " + date + " 的"
                        + type.label() + "，不能登记考勤"));
        Instant now = BusinessClock.now();
        if (now.isBefore(shift.start())) {
            throw InvalidInputException.of("date", "该班次尚未开始，不能登记考勤");
        }
        checkMinutes(shift, entry);
        List<LeaveCalendar.LeaveSpan> leaves = leave.between(shift.start(), shift.end()).stream()
                .filter(l -> l.employee().equals(userId)).toList();
        boolean onApprovedLeave = leaves.stream().anyMatch(LeaveCalendar.LeaveSpan::approved);
        AttendanceStatus status = entry.status();
        String rule = null;
        if (status == AttendanceStatus.LEAVE && !onApprovedLeave) {
            if (leaves.stream().noneMatch(LeaveCalendar.LeaveSpan::late)) {
                throw new RuleRefusal("LV-2", leaves.isEmpty() ? "该班次没有请假申请，未请假缺勤应记为旷工"
                        : "该班次的请假未获批准，不能记为请假", "status");
            }
            status = AttendanceStatus.ABSENT; // LV-2: a late request no manager approved
            rule = "LV-2";
        }
        if (status == AttendanceStatus.SWAP && shift.origin() != Shift.Origin.SWAP) {
            throw InvalidInputException.of("status", "该班次不是换班所得，不能记为调班");
        }
        // LV-8: 20 minutes or more late or away from the post, without leave, is a disciplinary case.
        boolean disciplinaryCase = !onApprovedLeave && (entry.late() >= AttendanceRecord.CASE_MINUTES
                || entry.away() >= AttendanceRecord.CASE_MINUTES);
        if (disciplinaryCase) {
            rule = "LV-8";
        }
        Optional<ApprovedSwaps.Swap> swap = handoverGap(userId, entry);
        if (swap.isPresent()) {
            rule = "SW-6";
        }
        List<AttendanceRecord> written = new ArrayList<>();
        written.add(new AttendanceRecord(userId, date, type, status, entry.late(), entry.early(), entry.away(),
                entry.overtime(), disciplinaryCase, rule, entry.swapRequest(), entry.note(), null, recordedBy, now));
        swap.ifPresent(s -> written.add(new AttendanceRecord(s.otherThan(userId), date, type, AttendanceStatus.ABSENT,
                0, 0, 0, 0, false, "SW-6", s.requestId(), "换班交接不清造成空岗（SW-6）："
                + (entry.note() == null ? "" : entry.note()), null, recordedBy, now)));
        written.forEach(book::save);
        return written;
    }

    /** SW-6: the swap named must be approved, be this person's, and the gap is absenteeism. */
    private Optional<ApprovedSwaps.Swap> handoverGap(String userId, AttendanceEntry entry) {
        if (entry.swapRequest() == null) {
            return Optional.empty();
        }
        ApprovedSwaps.Swap swap = swaps.find(entry.swapRequest()).orElseThrow(() -> InvalidInputException.of(
                "swapRequest", "没有已批准的换班单 " + entry.swapRequest()));
        if (!swap.involves(userId)) {
            throw InvalidInputException.of("swapRequest", "换班单 " + swap.requestId() + " 与该员工无关");
        }
        if (entry.status() != AttendanceStatus.ABSENT) {
            throw new RuleRefusal("SW-6", "交接不清造成的空岗按旷工记录，双方均记旷工", "status");
        }
        return Optional.of(swap);
    }

    /** Every minute within the shift, and the minutes the status needs; every problem named at once. */
    private static void checkMinutes(Shift shift, AttendanceEntry entry) {
        long length = Duration.between(shift.start(), shift.end()).toMinutes();
        List<FieldProblem> problems = new ArrayList<>();
        String beyond = "超过班次时长（" + length + " 分钟）";
        if (entry.late() > length) {
            problems.add(new FieldProblem("lateMinutes", "迟到分钟数" + beyond));
        }
        if (entry.early() > length) {
            problems.add(new FieldProblem("earlyMinutes", "早退分钟数" + beyond));
        }
        if (entry.away() > length) {
            problems.add(new FieldProblem("awayMinutes", "脱岗分钟数" + beyond));
        }
        if (problems.isEmpty() && entry.late() + entry.early() + entry.away() > length) {
            problems.add(new FieldProblem("lateMinutes", "迟到、早退和脱岗分钟数之和" + beyond));
        }
        switch (entry.status()) {
            case LATE -> need(problems, entry.late(), "lateMinutes", "记为迟到时须填写迟到分钟数");
            case LEFT_EARLY -> need(problems, entry.early(), "earlyMinutes", "记为早退时须填写早退分钟数");
            case AWAY -> need(problems, entry.away(), "awayMinutes", "记为脱岗时须填写脱岗分钟数");
            case ABSENT, LEAVE, SWAP -> {
                if (entry.late() + entry.early() + entry.away() + entry.overtime() > 0) {
                    problems.add(new FieldProblem("status", "旷工、请假、调班的班次不填写迟到、早退、脱岗或加班分钟数"));
                }
            }
            default -> {
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void need(List<FieldProblem> problems, int minutes, String field, String message) {
        if (minutes == 0) {
            problems.add(new FieldProblem(field, message));
        }
    }
}
