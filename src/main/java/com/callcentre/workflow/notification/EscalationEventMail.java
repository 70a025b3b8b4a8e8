package com.callcentre.workflow.notification;

import com.callcentre.workflow.escalation.CentreStepBreached;
import com.callcentre.workflow.escalation.SupervisionInstructed;
import com.callcentre.workflow.system.Departments;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mail for what the escalation package reports from inside a task listener, in that
 * transaction and through the outbox like every notice (once per event and recipient):
 * <ul>
 * <li>a step of the centre's own passed its limit: the duty leader on duty, or the group it went
 * to, gets a link to the late task (SL-2);</li>
 * <li>a supervisor instructed on an overdue order: the department gets the instruction and a
 * link to its order (SL-3).</li>
 * </ul>
 */
@Component
class EscalationEventMail {

    private final Departments departments;
    private final RecipientRules recipients;
    private final SendNotification sender;

    EscalationEventMail(Departments departments, RecipientRules recipients, SendNotification sender) {
        this.departments = departments;
        this.recipients = recipients;
        this.sender = sender;
    }

    @EventListener
    void on(CentreStepBreached breach) {
        Map<String, Object> inputs = ticket(NotificationEvent.STEP_BREACH, breach.category(), breach.major(),
                breach.customerPhoneMasked());
        inputs.put("taskId", breach.taskId());
        inputs.put("stepName", breach.stepName());
        inputs.put("deadline", breach.deadline());
        inputs.put("supervisor", breach.supervisor());
        inputs.put("supervisorGroup", breach.supervisorGroup());
        send(breach.ticketNo(), inputs, breach.taskId());
    }

    @EventListener
    void on(SupervisionInstructed instructed) {
        Map<String, Object> inputs = ticket(NotificationEvent.INSTRUCTION, instructed.category(), instructed.major(),
                instructed.customerPhoneMasked());
        inputs.put("department", instructed.department());
        inputs.put("dispatchRound", instructed.round());
        inputs.put("escalationLevel", instructed.level());
        inputs.put("instruction", instructed.instruction());
        inputs.put("taskId", instructed.orderTaskId());
        send(instructed.ticketNo(), inputs, instructed.orderTaskId());
    }

    private static Map<String, Object> ticket(NotificationEvent event, String category, boolean major,
            String customerPhoneMasked) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("notificationEvent", event.name());
        inputs.put("category", category);
        inputs.put("major", major);
        inputs.put("customerPhoneMasked", customerPhoneMasked);
        return inputs;
    }

    private void send(String ticketNo, Map<String, Object> inputs, String taskId) {
        Notice notice = Notice.read(ticketNo, inputs::get, departments);
        for (Recipient recipient : recipients.of(notice)) {
            sender.queue(notice, recipient, taskId);
        }
    }
}
