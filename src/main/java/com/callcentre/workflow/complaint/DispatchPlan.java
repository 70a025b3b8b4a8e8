package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.ShownText;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.Departments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The complaint manager's dispatch (CP-5): prefilled with the routing table's proposal,
 * checked on completion, and the collection the department orders are created from.
 * {@code departments} is a JSON array because the form's checklist submits one.
 */
@Component("dispatchPlan")
public class DispatchPlan {

    static final String DEPARTMENTS = "departments";
    private static final java.util.Set<String> RETURN_STEPS = java.util.Set.of("reviewReceipt", "reopenTicket",
            "dutyLeaderTakeover");

    private final Departments catalogue;
    private final DepartmentOrderBook orders;
    private final TicketTrail trail;

    DispatchPlan(Departments catalogue, DepartmentOrderBook orders, TicketTrail trail) {
        this.catalogue = catalogue;
        this.orders = orders;
        this.trail = trail;
    }

    /**
     * Creation of {@code dispatch}: the first time the routing table's proposal; on a
     * redispatch the last choice without the departments that sent it back, and what
     * happened since (receipts, send-back reasons, review comment, reopening).
     */
    public void prefill(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        String ticketNo = execution.getProcessBusinessKey();
        int lastRound = DepartmentOrderBook.round(execution);
        List<String> proposal;
        if (lastRound == 0) {
            proposal = codes(execution.getVariable("proposedDepartments"));
        } else {
            List<DepartmentOrder> last = orders.ofRound(ticketNo, lastRound);
            proposal = new ArrayList<>(codes(execution.getVariable(DEPARTMENTS)));
            last.stream().filter(o -> DepartmentOrderBook.SENT_BACK.equals(o.outcome()))
                    .forEach(o -> proposal.remove(o.department()));
            task.setVariableLocal("previousRound", ShownText.literal(previousRound(ticketNo, lastRound, last)));
        }
        execution.setVariable(DEPARTMENTS, json(proposal));
    }

    /** End of {@code dispatch} (see {@link ConfirmDispatch}): at least one known department, each once. */
    void confirm(DelegateExecution execution) {
        List<String> chosen = codes(execution.getVariable(DEPARTMENTS));
        if (chosen.isEmpty()) {
            throw InvalidInputException.of(DEPARTMENTS, "请至少选择一个部门");
        }
        Set<String> unique = new LinkedHashSet<>(chosen);
        for (String code : unique) {
            if (catalogue.byCode(code).isEmpty()) {
                throw InvalidInputException.of(DEPARTMENTS, "未知部门 " + code);
            }
        }
        execution.setVariable(DEPARTMENTS, json(new ArrayList<>(unique)));
        execution.setVariable("dispatchRound", DepartmentOrderBook.round(execution) + 1);
        // Each dispatch starts a new cycle of callbacks (CP-7).
        execution.setVariable("callbackAttempts", 0);
    }

    /** The collection of {@code departmentOrders}: one order per chosen department. */
    public List<String> departments(DelegateExecution execution) {
        return codes(execution.getVariable(DEPARTMENTS));
    }

    private String previousRound(String ticketNo, int round, List<DepartmentOrder> last) {
        StringBuilder text = new StringBuilder("第 " + round + " 轮派单：\n").append(orders.describe(last));
        // Why it came back: the latest of the steps that lead back to dispatch (a send-back shows above).
        trail.of(ticketNo).stream().filter(e -> RETURN_STEPS.contains(e.step())).reduce((a, b) -> b)
                .ifPresent(latest -> text.append("\n退回派单：").append(latest.stepName()).append("（")
                        .append(latest.actor()).append("）")
                        .append(latest.detail() == null ? "" : "：" + latest.detail()));
        return text.toString();
    }

    /** Department codes from a JSON array (the form), a list (the routing table) or nothing. */
    static List<String> codes(Object value) {
        List<String> codes = new ArrayList<>();
        if (value instanceof SpinJsonNode node) {
            node.elements().forEach(e -> codes.add(e.stringValue()));
        } else if (value instanceof Collection<?> list) {
            list.forEach(e -> codes.add(String.valueOf(e)));
        } else if (value instanceof String text && !text.isBlank()) {
            Spin.JSON(text).elements().forEach(e -> codes.add(e.stringValue()));
        }
        return codes;
    }

    private static Object json(List<String> codes) {
        return SpinValues.jsonValue(Spin.JSON(codes).toString()).create();
    }
}
