package com.callcentre.workflow.escalation;

import com.callcentre.workflow.system.ShownText;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * SL-3, the superior's instruction reaches the department: when a supervision task
 * ({@code superviseLevel1..3}) is completed with {@code supervisionInstruction}, the department's
 * open order task shows it at once (its display copy {@code supervisionInstructionShown}, read
 * when the liaison opens the form: not a copy from when the task was created), and the department
 * gets it by e-mail. The order's priority rises by one.
 */
@Component("supervisionInstructions")
public class SupervisionInstructions {

    static final String SHOWN = "supervisionInstructionShown";

    private final TaskService tasks;
    private final ApplicationEventPublisher events;

    SupervisionInstructions(TaskService tasks, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.events = events;
    }

    /** Completion of a supervision task. */
    public void pass(DelegateTask supervision) {
        if (!(supervision.getVariable("supervisionInstruction") instanceof String instruction) || instruction.isBlank()) {
            return;
        }
        String department = (String) supervision.getVariable("department");
        String orderTaskId = null;
        for (Task order : tasks.createTaskQuery().processInstanceId(supervision.getProcessInstanceId())
                .taskDefinitionKey("handleOrder").list()) {
            if (department.equals(tasks.getVariable(order.getId(), "department"))) {
                tasks.setVariableLocal(order.getId(), SHOWN, ShownText.literal(instruction));
                // Always changes the task's row: a liaison completing the order at this moment
                // then gets 409 (ConflictTranslator), not a broken foreign key; and the order
                // with a fresh instruction sorts above its peers in Tasklist.
                tasks.setPriority(order.getId(), order.getPriority() + 1);
                orderTaskId = order.getId();
            }
        }
        events.publishEvent(new SupervisionInstructed(supervision.getExecution().getProcessBusinessKey(), department,
                ((Number) supervision.getVariable("dispatchRound")).intValue(),
                ((Number) supervision.getVariable("escalationLevel")).intValue(), instruction, orderTaskId,
                (String) supervision.getVariable("category"), Boolean.TRUE.equals(supervision.getVariable("major")),
                (String) supervision.getVariable("customerPhoneMasked")));
    }
}
