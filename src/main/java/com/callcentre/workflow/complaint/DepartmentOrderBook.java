package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.Departments;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.ShownText;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The supervision orders of a ticket (CP-5, CP-6), one per department and dispatch round,
 * used by the model at {@code departmentOrders}, {@code handleOrder}, {@code sentBackGateway}
 * and {@code reviewReceipt}.
 */
@Component("departmentOrderBook")
public class DepartmentOrderBook {

    static final String RESOLVED = "RESOLVED";
    static final String SENT_BACK = "SENT_BACK";
    /** SL-5: the department needs more from the customer; the order stays open, its clocks pause. */
    static final String NEED_INFO = "NEED_INFO";
    private static final String INFO_REQUEST = "infoRequest";
    private static final String OUTCOME = "orderOutcome";
    private static final String RECEIPT = "receipt";
    private static final String CAUSE = "receiptCause";
    private static final String MEASURES = "receiptMeasures";
    private static final String SEND_BACK_REASON = "sendBackReason";

    private final JdbcClient jdbc;
    private final Departments departments;

    DepartmentOrderBook(JdbcClient jdbc, Departments departments) {
        this.jdbc = jdbc;
        this.departments = departments;
    }

    /** Start of one department's order: its row, and its answer variables kept local to it. */
    public void open(DelegateExecution order) {
        jdbc.sql("insert into department_order (ticket_no, round_no, department, opened_at) values (?, ?, ?, ?)")
                .params(order.getProcessBusinessKey(), round(order), order.getVariable("department"),
                        BusinessClock.timestamp())
                .update();
        // Local to this order so that parallel departments' answers do not overwrite each other.
        order.setVariableLocal(OUTCOME, null);
        order.setVariableLocal(RECEIPT, null);
        order.setVariableLocal(CAUSE, null);
        order.setVariableLocal(MEASURES, null);
        order.setVariableLocal(SEND_BACK_REASON, null);
        order.setVariableLocal(INFO_REQUEST, null);
        order.setVariableLocal("customerInfo", null);
        order.setVariableLocal("supervisionInstruction", null);
    }

    /**
     * End of {@code handleOrder} (see {@link CheckOrderAnswer}): a receipt, a send-back with its
     * reason (CP-6), or a request for more information from the customer (SL-5).
     */
    void answer(DelegateExecution order) {
        requireOwnDepartment(order);
        Object outcome = order.getVariable(OUTCOME);
        String receipt = blankToNull(order.getVariable(RECEIPT));
        String cause = blankToNull(order.getVariable(CAUSE));
        String measures = blankToNull(order.getVariable(MEASURES));
        String reason = blankToNull(order.getVariable(SEND_BACK_REASON));
        if (RESOLVED.equals(outcome)) {
            // CP-6: result, cause and measures, each of them.
            require(receipt != null, RECEIPT, "回单的处理结果必填");
            require(receipt.length() <= 2000, RECEIPT, "处理结果最多 2000 字");
            require(cause != null, CAUSE, "回单的原因必填");
            require(cause.length() <= 2000, CAUSE, "原因最多 2000 字");
            require(measures != null, MEASURES, "回单的措施必填");
            require(measures.length() <= 2000, MEASURES, "措施最多 2000 字");
            reason = null;
        } else if (SENT_BACK.equals(outcome)) {
            require(reason != null, SEND_BACK_REASON, "退单原因必填");
            require(reason.length() <= 2000, SEND_BACK_REASON, "退单原因最多 2000 字");
            receipt = null;
            cause = null;
            measures = null;
        } else if (NEED_INFO.equals(outcome)) {
            String request = blankToNull(order.getVariable(INFO_REQUEST));
            require(request != null, INFO_REQUEST, "请写明需要客户补充的信息");
            require(request.length() <= 2000, INFO_REQUEST, "最多 2000 字");
            return; // not an answer: the order stays open
        } else {
            throw InvalidInputException.of(OUTCOME, "请选择处理结果（RESOLVED、SENT_BACK 或 NEED_INFO）");
        }
        jdbc.sql("""
                update department_order set outcome = ?, receipt = ?, receipt_cause = ?, receipt_measures = ?,
                    send_back_reason = ?, answered_by = ?, answered_at = ?
                where ticket_no = ? and round_no = ? and department = ?""")
                .params(outcome, receipt, cause, measures, reason, Actors.of(order), BusinessClock.timestamp(),
                        order.getProcessBusinessKey(), round(order), order.getVariable("department"))
                .update();
    }

    /**
     * CP-5: a department answers only its own order. The person who completes it must belong to
     * the group of the order's department (the task's candidates say the same; this holds even if
     * a task were handed on wrongly). The engine itself (no person) is not a department.
     */
    private void requireOwnDepartment(DelegateExecution order) {
        String person = Actors.of(order);
        String department = (String) order.getVariable("department");
        String group = departments.byCode(department).map(Departments.Department::group).orElse(null);
        if (TicketTrail.SYSTEM.equals(person) || group == null) {
            return;
        }
        // Without the person's authorizations: a liaison may not list groups, the rule may.
        boolean member = Context.getCommandContext().runWithoutAuthorization(() -> order.getProcessEngineServices()
                .getIdentityService().createGroupQuery().groupMember(person).groupId(group).count() > 0);
        if (!member) {
            throw InvalidInputException.of(OUTCOME, "只有" + departments.nameOf(department) + "的联络员可以回复本部门的督办单（CP-5）");
        }
    }

    /** {@code sentBackGateway}: did any department of this round send the order back? */
    public boolean anySentBack(DelegateExecution execution) {
        return ofRound(execution.getProcessBusinessKey(), round(execution)).stream()
                .anyMatch(o -> SENT_BACK.equals(o.outcome()));
    }

    /** Creation of {@code reviewReceipt}: the handler sees every receipt of this round. */
    public void showReceipts(DelegateTask task) {
        String receipts = describe(ofRound(task.getExecution().getProcessBusinessKey(), round(task.getExecution())));
        // CP-6: what the handler completed at the review goes with the receipts to the callback.
        String supplement = blankToNull(task.getVariable("receiptSupplement"));
        if ("callback".equals(task.getTaskDefinitionKey()) && supplement != null) {
            receipts += "\n处理员补齐：" + supplement;
        }
        task.setVariableLocal("receipts", ShownText.literal(receipts));
    }

    List<DepartmentOrder> of(String ticketNo) {
        return jdbc.sql("""
                select * from department_order where ticket_no = ? order by round_no, department""")
                .param(ticketNo)
                .query((rs, i) -> DepartmentOrder.from(rs, departments.nameOf(rs.getString("department"))))
                .list();
    }

    List<DepartmentOrder> ofRound(String ticketNo, int round) {
        return of(ticketNo).stream().filter(o -> o.round() == round).toList();
    }

    /** One line per department, for a form: 计费部：已回单 - ... */
    String describe(List<DepartmentOrder> orders) {
        return orders.stream().map(o -> o.departmentName() + "：" + switch (String.valueOf(o.outcome())) {
            case RESOLVED -> "已回单 - " + o.receiptText();
            case SENT_BACK -> "退单 - " + o.sendBackReason();
            default -> "未答复";
        }).collect(Collectors.joining("\n"));
    }

    static int round(DelegateExecution execution) {
        Object round = execution.getVariable("dispatchRound");
        return round == null ? 0 : ((Number) round).intValue();
    }

    private static String blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    private static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw InvalidInputException.of(field, message);
        }
    }
}
