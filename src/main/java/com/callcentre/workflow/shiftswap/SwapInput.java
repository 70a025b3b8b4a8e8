package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.complaint.TicketTrail;
import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.Shift;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.InvalidInputException.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads a swap request, from the API's JSON or the start form's variables, naming every bad
 * field at once (400): unknown people, shifts that are not the named person's, a shift that
 * has begun. Whether the swap is allowed is {@link SwapRules}' question, not this one's.
 */
@Component
class SwapInput {

    static final Set<String> API_FIELDS = Set.of("requesterShift", "colleague", "colleagueShift", "reason",
            "handoverNote");
    static final int MAX_REASON = 500;
    static final int MAX_NOTE = 2000;

    private final Roster roster;

    SwapInput(Roster roster) {
        this.roster = roster;
    }

    /** {@code POST /api/shift-swaps}: shifts by id, unknown fields refused. */
    SwapRequest fromApi(Map<String, Object> body, String requester) {
        List<FieldProblem> problems = new ArrayList<>();
        body.keySet().stream().filter(k -> !API_FIELDS.contains(k)).sorted()
                .forEach(k -> problems.add(new FieldProblem(k, "未知字段")));
        return read(body, requester, false, problems);
    }

    /** The start form: a shift by id, or by date ({@code …Date}) and type ({@code …Type}). */
    SwapRequest fromVariables(Map<String, Object> variables, String requester) {
        return read(variables, requester, true, new ArrayList<>());
    }

    private SwapRequest read(Map<String, Object> in, String requester, boolean byDate, List<FieldProblem> problems) {
        Employee me = requester == null ? null : roster.employee(requester).orElse(null);
        if (me == null) {
            problems.add(new FieldProblem("requester", requester == null ? "申请人未登录" : "申请人不在排班表中: " + requester));
        }
        Employee colleague = colleague(in.get("colleague"), problems);
        Shift mine = shift("requesterShift", in, me, byDate, problems);
        Shift theirs = shift("colleagueShift", in, colleague, byDate, problems);
        String reason = text("reason", in.get("reason"), true, MAX_REASON, problems);
        String note = text("handoverNote", in.get("handoverNote"), false, MAX_NOTE, problems);

        if (me != null && colleague != null) {
            if (me.userId().equals(colleague.userId())) {
                problems.add(new FieldProblem("colleague", "不能与自己换班"));
            }
            for (Employee person : List.of(me, colleague)) {
                if (person.dutyLeader() == null) {
                    problems.add(new FieldProblem(person == me ? "requester" : "colleague",
                            person.name() + " 没有所属值班长，无法经值班长审批换班"));
                }
            }
        }
        if (mine != null && theirs != null && mine.date().equals(theirs.date()) && mine.type() == theirs.type()) {
            problems.add(new FieldProblem("colleagueShift", "两个班次时间相同，无需换班"));
        }
        Instant now = BusinessClock.now();
        for (Shift shift : Arrays.asList(mine, theirs)) {
            if (shift != null && !shift.start().isAfter(now)) {
                problems.add(new FieldProblem(shift == mine ? "requesterShift" : "colleagueShift",
                        SwapTexts.shift(shift) + " 已开始，不能再换班"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SwapRequest(me.userId(), mine, colleague.userId(), theirs, reason, note == null ? "" : note);
    }

    private Employee colleague(Object value, List<FieldProblem> problems) {
        if (!(value instanceof String text) || text.isBlank()) {
            problems.add(new FieldProblem("colleague", "必填，同事的用户名，例如 agent2"));
            return null;
        }
        Employee colleague = roster.employee(text.trim()).orElse(null);
        if (colleague == null) {
            problems.add(new FieldProblem("colleague", "未知员工: " + text.trim()));
        }
        return colleague;
    }

    /** The owner's shift: by id, or (start form) by date and type; {@code null} with a problem. */
    private Shift shift(String field, Map<String, Object> in, Employee owner, boolean byDate,
            List<FieldProblem> problems) {
        Object value = in.get(field);
        if (value == null || value instanceof String blank && blank.isBlank()) {
            return byDate ? shiftByDate(field, in, owner, problems) : missing(field, "必填，班次编号", problems);
        }
        Long id = value instanceof Number n && n.doubleValue() == n.longValue() ? Long.valueOf(n.longValue())
                : value instanceof String s && s.trim().matches("\\d{1,18}") ? Long.valueOf(s.trim()) : null;
        if (id == null) {
            problems.add(new FieldProblem(field, "须为班次编号（整数）"));
            return null;
        }
        Shift shift = roster.shift(id).orElse(null);
        if (shift == null) {
            problems.add(new FieldProblem(field, "班次不存在: " + id));
            return null;
        }
        if (owner == null) {
            return null; // the owner's own problem is named already
        }
        if (!shift.employee().equals(owner.userId())) {
            problems.add(new FieldProblem(field, "班次 " + id + " 不是 " + owner.name() + " 的班次"));
            return null;
        }
        return shift;
    }

    private Shift shiftByDate(String field, Map<String, Object> in, Employee owner, List<FieldProblem> problems) {
        Object dateValue = in.get(field + "Date");
        Object typeValue = in.get(field + "Type");
        if (dateValue == null && typeValue == null) {
            return missing(field, "必填：班次日期和班次，或班次编号", problems);
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(String.valueOf(dateValue).trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field + "Date", "必填，格式 yyyy-MM-dd"));
        }
        ShiftType type = Arrays.stream(ShiftType.values()).filter(t -> t.name().equals(typeValue)).findFirst()
                .orElse(null);
        if (type == null) {
            problems.add(new FieldProblem(field + "Type", "必填，可选 " + Arrays.toString(ShiftType.values())));
        }
        if (date == null || type == null || owner == null) {
            return null;
        }
        ShiftType wanted = type;
        Shift shift = roster.shiftsOf(owner.userId(), date, date).stream().filter(s -> s.type() == wanted)
                .findFirst().orElse(null);
        if (shift == null) {
            problems.add(new FieldProblem(field + "Date", owner.name() + " 在 " + date + " 没有" + type.label()));
        }
        return shift;
    }

    private static Shift missing(String field, String message, List<FieldProblem> problems) {
        problems.add(new FieldProblem(field, message));
        return null;
    }

    private static String text(String field, Object value, boolean required, int max, List<FieldProblem> problems) {
        if (value == null || value instanceof String blank && blank.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "必填"));
            }
            return null;
        }
        if (!(value instanceof String text)) {
            problems.add(new FieldProblem(field, "须为文本"));
            return null;
        }
        if (text.trim().length() > max) {
            problems.add(new FieldProblem(field, "最多 " + max + " 个字"));
            return null;
        }
        return text.trim();
    }
}
