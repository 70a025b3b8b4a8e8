package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.Shift;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.InvalidInputException.FieldProblem;
import com.callcentre.workflow.system.RequestRecords;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A checked swap form against the roster: the requester and colleague are on it, each shift is
 * the named person's and has not begun. Every problem is named at once with the form's own
 * (400). Whether the swap is allowed is {@link SwapRules}' question, not this one's.
 */
@Component
class SwapShifts {

    private final Roster roster;

    SwapShifts(Roster roster) {
        this.roster = roster;
    }

    /** The request, or a 400 naming the form's problems (given) and the roster's together. */
    SwapRequest request(SwapForms.Form form, String requester, List<FieldProblem> formProblems) {
        List<FieldProblem> problems = new ArrayList<>(formProblems);
        Employee me = requester == null ? null : roster.employee(requester).orElse(null);
        if (me == null) {
            problems.add(new FieldProblem("requester", requester == null ? "申请人未登录" : "申请人不在排班表中: " + requester));
        }
        Employee colleague = form.colleague() == null ? null : roster.employee(form.colleague()).orElse(null);
        Shift mine = shift("requesterShift", form.requesterShift(), form.requesterShiftDate(),
                form.requesterShiftType(), me, problems);
        // SW-11: a cover (代班) names no shift of the colleague's: nothing is given back.
        boolean cover = form.kind() == SwapKind.COVER;
        Shift theirs = cover ? null : shift("colleagueShift", form.colleagueShift(), form.colleagueShiftDate(),
                form.colleagueShiftType(), colleague, problems);
        if (cover && (form.colleagueShift() != null || form.colleagueShiftDate() != null
                || form.colleagueShiftType() != null)) {
            add(problems, "colleagueShift", "代班时同事不还班，不要填写同事的班次");
        }

        if (me != null && colleague != null) {
            if (me.userId().equals(colleague.userId())) {
                add(problems, "colleague", "不能与自己换班");
            }
            for (Employee person : List.of(me, colleague)) {
                if (person.dutyLeader() == null) {
                    add(problems, person == me ? "requester" : "colleague",
                            person.name() + " 没有所属值班长，无法经值班长审批换班");
                }
            }
        }
        if (mine != null && theirs != null && mine.date().equals(theirs.date()) && mine.type() == theirs.type()) {
            add(problems, "colleagueShift", "两个班次时间相同，无需换班");
        }
        Instant now = BusinessClock.now();
        for (Shift shift : Arrays.asList(mine, theirs)) {
            if (shift != null && !shift.start().isAfter(now)) {
                add(problems, shift == mine ? "requesterShift" : "colleagueShift",
                        SwapTexts.shift(shift) + " 已开始，不能再换班");
            }
        }
        RequestRecords.refuse(problems);
        return new SwapRequest(me.userId(), mine, colleague.userId(), theirs, form.reason(),
                form.handoverNote() == null ? "" : form.handoverNote());
    }

    /** The owner's shift: by id, or (start form) by date and type; {@code null} with a problem. */
    private Shift shift(String field, Long id, LocalDate date, ShiftType type, Employee owner,
            List<FieldProblem> problems) {
        if (named(problems, field) || named(problems, field + "Date") || named(problems, field + "Type")) {
            return null;
        }
        if (id == null) {
            return shiftByDate(field, date, type, owner, problems);
        }
        Shift shift = roster.shift(id).orElse(null);
        if (shift == null) {
            add(problems, field, "班次不存在: " + id);
            return null;
        }
        if (owner == null) {
            return null; // the owner's own problem is named already
        }
        if (!shift.employee().equals(owner.userId())) {
            add(problems, field, "班次 " + id + " 不是 " + owner.name() + " 的班次");
            return null;
        }
        return shift;
    }

    private Shift shiftByDate(String field, LocalDate date, ShiftType type, Employee owner,
            List<FieldProblem> problems) {
        if (date == null && type == null) {
            add(problems, field, "必填：班次日期和班次，或班次编号");
            return null;
        }
        if (date == null) {
            add(problems, field + "Date", "必填，格式 yyyy-MM-dd");
        }
        if (type == null) {
            add(problems, field + "Type", "必填，可选 " + Arrays.toString(ShiftType.values()));
        }
        if (date == null || type == null || owner == null) {
            return null;
        }
        Shift shift = roster.shiftsOf(owner.userId(), date, date).stream().filter(s -> s.type() == type)
                .findFirst().orElse(null);
        if (shift == null) {
            add(problems, field + "Date", owner.name() + " 在 " + date + " 没有" + type.label());
        }
        return shift;
    }

    private static boolean named(List<FieldProblem> problems, String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    /** One problem a field: the first named stays. */
    private static void add(List<FieldProblem> problems, String field, String message) {
        if (!named(problems, field)) {
            problems.add(new FieldProblem(field, message));
        }
    }
}
