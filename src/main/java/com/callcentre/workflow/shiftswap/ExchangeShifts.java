package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.Shift;
import com.callcentre.workflow.system.RuleRefusal;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code exchangeShifts} (交换班次), after every approval: the roster may have changed since the
 * request, so the rules are asked again (SW-4, SW-5, SW-8) with both people locked. If one now
 * fails, the swap is REJECTED with that rule and nothing is exchanged. Otherwise both shifts
 * change hands (origin SWAP, swap_id = the record) and the record is APPROVED, all in the
 * job's one transaction: a failing update (a shift added meanwhile at the same slot) rolls
 * back the other too, the job is retried, and the retry's check refuses the swap.
 */
@Component("exchangeShifts")
class ExchangeShifts implements JavaDelegate {

    private final SwapRecords records;
    private final SwapRules rules;
    private final Roster roster;

    ExchangeShifts(SwapRecords records, SwapRules rules, Roster roster) {
        this.records = records;
        this.rules = rules;
        this.roster = roster;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The swap of this instance, as the record keeps it: not a variable a caller could have sent.
        String requestId = execution.getProcessBusinessKey();
        SwapRecord swap = records.find(requestId).orElseThrow(() -> new IllegalStateException("No swap " + requestId));
        long swapId = swap.id();
        roster.lockEmployees(swap.requester(), swap.colleague());
        String rule = null;
        String reason;
        Optional<SwapRequest> current = current(swap);
        if (swap.status() != SwapRecord.Status.PENDING || !approved(swapId)) {
            rule = "SW-2";
            reason = "未经同事同意和值班长批准的换班不能生效";
        } else if (current.isEmpty()) {
            reason = "换班申请之后排班已变更，班次已不属于原申请人";
        } else {
            try {
                rules.recheck(current.get(), swapId);
                exchange(swap);
                execution.setVariable("exchanged", true);
                return;
            } catch (RuleRefusal refusal) {
                rule = refusal.rule();
                reason = refusal.reason();
            }
        }
        records.reject(swapId, rule, reason);
        execution.setVariable("exchanged", false);
        execution.setVariable("refusedRule", rule);
        execution.setVariable("refusalReason", reason);
    }

    /** The request against today's roster: empty when a shift is gone or has another owner. */
    private Optional<SwapRequest> current(SwapRecord swap) {
        Optional<Shift> mine = roster.shift(swap.requesterShift()).filter(s -> s.employee().equals(swap.requester()));
        if (swap.colleagueShift() == null) { // a cover (SW-11): nothing comes back
            return mine.map(shift -> new SwapRequest(swap.requester(), shift, swap.colleague(), null, swap.reason(),
                    swap.handoverNote()));
        }
        Optional<Shift> theirs = roster.shift(swap.colleagueShift()).filter(s -> s.employee().equals(swap.colleague()));
        if (mine.isEmpty() || theirs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SwapRequest(swap.requester(), mine.get(), swap.colleague(), theirs.get(),
                swap.reason(), swap.handoverNote()));
    }

    /**
     * Both shifts change hands (a cover: the requester's only, SW-11) and the record is approved,
     * in the caller's transaction.
     */
    void exchange(SwapRecord swap) {
        move(swap.requesterShift(), swap.requester(), swap.colleague(), swap.id());
        if (swap.colleagueShift() != null) {
            move(swap.colleagueShift(), swap.colleague(), swap.requester(), swap.id());
        }
        records.approve(swap.id());
    }

    /** SW-2, SW-10: the colleague agreed and every duty leader who decided approved. */
    private boolean approved(long swapId) {
        List<SwapRecord.Decision> decisions = records.decisions(swapId);
        return decisions.stream().anyMatch(d -> d.role() == SwapRecord.Role.COLLEAGUE && d.agreed())
                && decisions.stream().anyMatch(d -> d.role() == SwapRecord.Role.DUTY_LEADER)
                && decisions.stream().allMatch(SwapRecord.Decision::agreed);
    }

    private void move(long shiftId, String from, String to, long swapId) {
        if (!roster.moveBySwap(shiftId, from, to, swapId)) {
            throw new IllegalStateException("Shift " + shiftId + " of " + from + " changed during swap " + swapId);
        }
    }
}
