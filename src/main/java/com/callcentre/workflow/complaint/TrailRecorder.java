package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.ShownText;
import com.callcentre.workflow.system.Departments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Writes each completed user task of {@code complaint-handling} to the ticket's trail: who,
 * when, the outcome and the words that explain it. Attached to every user task by
 * {@link TrailParsePlugin}, so no task of the model can be forgotten.
 * <p>
 * On creation it also clears the task's answers from an earlier round: Tasklist prefills a
 * form from variables of the same name, so a second callback would open with the first one's
 * "unreachable" already chosen; and it gives the task the trail so far ({@link TrailText}), so
 * its form shows how the ticket got here. Supervision tasks have their order's history already
 * ({@code orderHistory}).
 */
@Component
class TrailRecorder implements TaskListener {

    /** Per task: the variable that is its outcome, then the variables that explain it. */
    private static final Map<String, List<String>> OUTCOMES = Map.ofEntries(
            Map.entry("majorComplaintSupervision", List.of("", "majorInstruction")),
            Map.entry("dispatch", List.of("", "departments")),
            Map.entry("handleOrder", List.of("orderOutcome", "department", "receipt", "receiptCause", "receiptMeasures",
                    "sendBackReason", "infoRequest")),
            Map.entry("requestCustomerInfo", List.of("", "department", "customerInfo")),
            Map.entry("superviseLevel1", List.of("", "department", "supervisionInstruction", "escalateNow",
                    "escalationProposal")),
            Map.entry("superviseLevel2", List.of("", "department", "supervisionInstruction", "escalateNow",
                    "escalationProposal")),
            Map.entry("superviseLevel3", List.of("", "department", "supervisionInstruction", "escalateNow",
                    "escalationProposal")),
            Map.entry("reviewReceipt", List.of("receiptAccepted", "reviewComment", "receiptSupplement", "referToManager",
                    "referralNote")),
            Map.entry("managerAdvice", List.of("", "managerAdvice")),
            Map.entry("leaderReferral", List.of("referralDecision", "referralInstruction")),
            Map.entry("callback", List.of("callbackOutcome", "problemSolved", "callbackNote")),
            Map.entry("dutyLeaderTakeover", List.of("leaderDecision", "leaderInstruction")),
            Map.entry("superviseAnswer1", List.of("", "supervisionInstruction")),
            Map.entry("superviseAnswer2", List.of("", "supervisionInstruction")),
            Map.entry("superviseAnswer3", List.of("", "supervisionInstruction")));

    /** The department's own order: its liaison sees only that part of the trail. */
    private static final String DEPARTMENT_TASK = "handleOrder";

    private final TicketTrail trail;
    private final Departments departments;
    private final TrailText trailText;

    TrailRecorder(TicketTrail trail, Departments departments, TrailText trailText) {
        this.trail = trail;
        this.departments = departments;
        this.trailText = trailText;
    }

    private static final List<String> CONTEXT = List.of("department", "infoRequest");

    /** How the trail names a part of an answer that is not clear on its own. */
    private static final Map<String, String> LABELS = Map.of("receiptCause", "原因 ", "receiptMeasures", "措施 ",
            "receiptSupplement", "处理员补齐 ", "escalationProposal", "上报建议 ");

    /** SL-3: a supervisor's choice to report up at once, as the trail says it; NO says nothing. */
    private static final Map<String, String> REPORTED_UP = Map.of("UP", "立即上报上一级", "SKIP", "紧急越级上报客服中心主任");

    @Override
    public void notify(DelegateTask task) {
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            clearEarlierAnswers(task);
            showTrail(task);
            return;
        }
        List<String> names = OUTCOMES.getOrDefault(task.getTaskDefinitionKey(), List.of(""));
        String outcome = names.get(0).isEmpty() ? "COMPLETED" : String.valueOf(task.getVariable(names.get(0)));
        if (Boolean.TRUE.equals(task.getVariable(DifficultCases.REFER_TO_MANAGER))
                && "reviewReceipt".equals(task.getTaskDefinitionKey())) {
            outcome = "REFERRED"; // CP-4: no conclusion yet, the complaint manager is asked
        }
        List<String> words = new ArrayList<>();
        for (String name : names.subList(1, names.size())) {
            // A department's question belongs to the answer that asked it, not to a later receipt.
            if (name.equals("infoRequest") && !"NEED_INFO".equals(outcome)) {
                continue;
            }
            Object value = task.getVariable(name);
            // A box ticked (referToManager) is in the outcome; a yes/no is a word only where it is named.
            if (value == null || value.toString().isBlank() || value instanceof Boolean && !name.equals("problemSolved")
                    || name.equals("escalateNow") && !REPORTED_UP.containsKey(value.toString())) {
                continue;
            }
            String word = name.equals("department") ? departments.nameOf(value.toString())
                    : name.equals("problemSolved") ? (Boolean.TRUE.equals(value) ? "问题已解决" : "问题未解决")
                    : name.equals("escalateNow") ? REPORTED_UP.get(value.toString())
                    : LABELS.getOrDefault(name, "") + value;
            // A labelled part continues the answer before it: 已退费；原因 ...；措施 ...
            words.add(LABELS.containsKey(name) && !words.isEmpty() ? "；" + word : word);
        }
        trail.record(task.getExecution().getProcessBusinessKey(), task.getTaskDefinitionKey(), task.getName(),
                Actors.of(task), outcome, words.isEmpty() ? null : String.join("：", words).replace("：；", "；"));
    }

    private void showTrail(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        if (key.startsWith("superviseLevel")) {
            return;
        }
        String ticketNo = task.getExecution().getProcessBusinessKey();
        // Shown as typed: the trail quotes receipts, reasons and instructions (ShownText).
        task.setVariableLocal(TrailText.VARIABLE, ShownText.literal(DEPARTMENT_TASK.equals(key)
                ? trailText.forDepartment(ticketNo, (String) task.getVariable("department"))
                : trailText.of(ticketNo)));
    }

    /**
     * Set to null where they are, not removed: an order's answers are local to the order and
     * must stay there. The department and the department's question are context, not answers;
     * dispatch keeps its prefill.
     */
    private static void clearEarlierAnswers(DelegateTask task) {
        if (task.getTaskDefinitionKey().equals("dispatch")) {
            return;
        }
        OUTCOMES.getOrDefault(task.getTaskDefinitionKey(), List.of()).stream()
                .filter(name -> !name.isEmpty() && !CONTEXT.contains(name) && task.hasVariable(name))
                .forEach(name -> task.getExecution().setVariable(name, null));
    }
}
