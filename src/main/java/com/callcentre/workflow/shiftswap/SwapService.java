package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.staff.ShiftTimes;
import com.callcentre.workflow.system.ProcessKeys;
import com.callcentre.workflow.system.RequestRecords;
import com.callcentre.workflow.system.RuleRefusal;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/** The swap feature's API for the web layer: ask for a swap, read one. */
@Service
class SwapService {


    record Requested(String requestId) {
    }

    private final SwapShifts shifts;
    private final RequestRecords bodies;
    private final SwapRules rules;
    private final SwapRecords records;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final ShiftTimes times;

    SwapService(SwapShifts shifts, RequestRecords bodies, SwapRules rules, SwapRecords records, RuntimeService runtime,
            CurrentUser currentUser, ShiftTimes times) {
        this.shifts = shifts;
        this.bodies = bodies;
        this.rules = rules;
        this.records = records;
        this.runtime = runtime;
        this.currentUser = currentUser;
        this.times = times;
    }

    /**
     * Checks the request as the signed-in requester (400 naming the body's and the roster's
     * problems at once, {@link RuleRefusal} for a rule) before anything is created, then starts
     * {@code shift-swap}, whose first step checks again with both people locked. The engine's
     * authorizations decide who may start it.
     */
    Requested request(JsonNode json) {
        RequestRecords.Reading<SwapForms.Body> body = bodies.examine(json, SwapForms.Body.class);
        SwapRequest request = shifts.request(body.record().form(), currentUser.id().orElse(null), body.problems());
        rules.check(request);
        ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(ProcessKeys.SHIFT_SWAP)
                .setVariables(Variables.createVariables()
                        .putValue("kind", request.kind().name())
                        .putValue("requesterShift", request.requesterShift().id())
                        .putValue("colleague", request.colleague())
                        .putValue("colleagueShift", request.colleagueShift() == null ? null
                                : request.colleagueShift().id())
                        .putValue("reason", request.reason())
                        .putValue("handoverNote", request.handoverNote()))
                .executeWithVariablesInReturn();
        return new Requested((String) instance.getVariables().get("requestId"));
    }

    Optional<SwapRecord> find(String requestId) {
        return records.find(requestId);
    }

    SwapView view(SwapRecord swap) {
        return SwapView.of(swap, records.decisions(swap.id()), times);
    }

    /** The two employees and the duty leaders read a swap. */
    boolean mayRead(SwapRecord swap) {
        return currentUser.id().map(swap::involves).orElse(false) || currentUser.isIn(StaffGroups.DUTY_LEADER);
    }
}
