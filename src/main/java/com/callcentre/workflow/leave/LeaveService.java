package com.callcentre.workflow.leave;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.integrity.ProductCalls;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.ShiftTimes;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.ProcessKeys;
import com.callcentre.workflow.system.RequestRecords;
import com.callcentre.workflow.system.RuleRefusal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/** The leave feature's API for the web layer: ask for leave, read a request. */
@Service
public class LeaveService {

    /** Who reads any request besides its employee and submitter: the approvers. */
    static final List<String> READERS = List.of(StaffGroups.DUTY_LEADER, StaffGroups.CS_DIRECTOR,
            StaffGroups.CENTER_DIRECTOR, Groups.CAMUNDA_ADMIN);

    public record Submitted(String requestId, String processInstanceId) {
    }

    private final LeaveRules rules;
    private final LeaveBook book;
    private final Roster roster;
    private final ShiftTimes times;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final RequestRecords records;

    LeaveService(LeaveRules rules, LeaveBook book, Roster roster, ShiftTimes times, RuntimeService runtime,
            CurrentUser currentUser, RequestRecords records) {
        this.records = records;
        this.rules = rules;
        this.book = book;
        this.roster = roster;
        this.times = times;
        this.runtime = runtime;
        this.currentUser = currentUser;
    }

    /**
     * Checks the request as the authenticated submitter (400 bad input, {@link RuleRefusal} when a
     * rule forbids it: nothing is started), then starts {@code leave-request} with the checked
     * request; the engine's authorizations decide who may start it.
     */
    Submitted submit(LeaveForm form) {
        ProcessInstanceWithVariables instance = start(form);
        return new Submitted((String) instance.getVariables().get("requestId"), instance.getId());
    }

    /** The request as a JSON body would give it, read with the same rules (unknown fields refused). */
    ProcessInstanceWithVariables start(Map<String, Object> body) {
        return start(records.read(body, LeaveForm.class));
    }

    private ProcessInstanceWithVariables start(LeaveForm form) {
        String submitter = currentUser.id().orElse(null);
        LeaveApplication application = form.application(submitter, times.zone(),
                userId -> roster.employee(userId).isPresent());
        CheckedLeave leave = rules.check(application, BusinessClock.now());
        // The checked request is one Java object, no form field: the product's own call (ProductCalls).
        return ProductCalls.run(() -> runtime.createProcessInstanceByKey(ProcessKeys.LEAVE_REQUEST)
                .setVariables(Variables.createVariables()
                        .putValueTyped(RegisterLeave.CHECKED, Variables.objectValue(leave, true).create()))
                .executeWithVariablesInReturn());
    }

    /** The request with its decisions, if the current user may read it (see {@link #mayRead}). */
    Optional<LeaveBook.LeaveRecord> find(String requestId) {
        return book.find(requestId);
    }

    LeaveView view(LeaveBook.LeaveRecord request) {
        String name = roster.employee(request.employee()).map(e -> e.name()).orElse(request.employee());
        return LeaveView.of(request, name, book.decisions(request.requestId()), times.zone());
    }

    /** The employee, the submitter and the approvers (duty leaders, directors) read a request. */
    boolean mayRead(LeaveBook.LeaveRecord request) {
        Optional<String> user = currentUser.id();
        if (user.isEmpty()) {
            return false;
        }
        return user.get().equals(request.employee()) || user.get().equals(request.submitter())
                || currentUser.isInAny(READERS);
    }
}
