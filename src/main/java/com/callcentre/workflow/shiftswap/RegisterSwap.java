package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.Shift;
import com.callcentre.workflow.staff.ShiftTimes;
import com.callcentre.workflow.system.RequestRecords;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code registerSwap} (登记换班申请), the process's first step: reads the request (API or start
 * form), checks every rule through {@link SwapRules} with both people locked, and keeps the
 * request in the swap record as PENDING under its request id, the business key. A refusal
 * ends the start: nothing is created, Tasklist shows the rule.
 */
@Component("registerSwap")
class RegisterSwap implements JavaDelegate {

    /** The start form's way of naming a shift; replaced by the shift ids. */
    private static final List<String> FORM_ONLY = List.of("requesterShiftDate", "requesterShiftType",
            "colleagueShiftDate", "colleagueShiftType");

    /** A cover's colleague shift as the forms show it (SW-11). */
    static final String NO_SHIFT_BACK = "无（代班，同事不还班）";

    private final SwapShifts shifts;
    private final RequestRecords forms;
    private final SwapRules rules;
    private final SwapRecords records;
    private final SwapNumbers numbers;
    private final Roster roster;
    private final ShiftTimes times;

    RegisterSwap(SwapShifts shifts, RequestRecords forms, SwapRules rules, SwapRecords records, SwapNumbers numbers,
            Roster roster, ShiftTimes times) {
        this.shifts = shifts;
        this.forms = forms;
        this.rules = rules;
        this.records = records;
        this.numbers = numbers;
        this.roster = roster;
        this.times = times;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The form's other variables (the initiator) are no part of the request.
        RequestRecords.Reading<SwapForms.Form> form = forms.examineKnown(execution.getVariables(), SwapForms.Form.class);
        SwapRequest request = shifts.request(form.record(), (String) execution.getVariable("initiator"),
                form.problems());
        roster.lockEmployees(request.requester(), request.colleague());
        rules.check(request);
        String requestId = numbers.next();
        long swapId = records.insert(requestId, execution.getProcessInstanceId(), request);
        execution.setProcessBusinessKey(requestId);

        FORM_ONLY.forEach(execution::removeVariable);
        execution.setVariable("requestId", requestId);
        execution.setVariable("swapId", swapId);
        execution.setVariable("requester", request.requester());
        execution.setVariable("colleague", request.colleague());
        execution.setVariable("requesterShift", request.requesterShift().id());
        execution.setVariable("kind", request.kind().name());
        execution.setVariable("kindLabel", request.kind().label());
        execution.setVariable("colleagueShift", request.colleagueShift() == null ? null : request.colleagueShift().id());
        execution.setVariable("reason", request.reason());
        execution.setVariable("handoverNote", request.handoverNote());
        execution.setVariable("leaderRejected", false);
        // Facts for the forms (Chinese, as staff read them).
        execution.setVariable("requesterName", name(request.requester()));
        execution.setVariable("colleagueName", name(request.colleague()));
        execution.setVariable("requesterShiftText", SwapTexts.withTimes(request.requesterShift(), times.zone()));
        execution.setVariable("colleagueShiftText", request.colleagueShift() == null ? NO_SHIFT_BACK
                : SwapTexts.withTimes(request.colleagueShift(), times.zone()));
        execution.setVariable("requesterSwapCount", monthCounts(request.requester(), request, swapId));
        execution.setVariable("colleagueSwapCount", monthCounts(request.colleague(), request, swapId));
    }

    /** "2031年3月 2 次": the person's swaps in the swap's month(s), this one included (SW-3). */
    private String monthCounts(String userId, SwapRequest request, long swapId) {
        Set<YearMonth> months = new LinkedHashSet<>();
        for (Shift shift : request.shifts()) {
            months.add(YearMonth.from(shift.date()));
        }
        return months.stream()
                .map(m -> SwapTexts.month(m) + " " + (records.countInMonth(userId, m, swapId) + 1) + " 次")
                .collect(Collectors.joining("，")) + "（含本次，每月最多 " + SwapRules.MAX_SWAPS_A_MONTH + " 次）";
    }

    private String name(String userId) {
        return roster.employee(userId).map(e -> e.name()).orElse(userId);
    }
}
