package com.callcentre.workflow.notification;

import com.callcentre.workflow.escalation.CentreStepBreached;
import com.callcentre.workflow.system.Departments;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * SL-2: a step of the centre's own passed its limit; the duty leader on duty (or the group it
 * went to) gets an e-mail that opens the late task. In the timer's transaction, through the
 * outbox like every notice: once per late task and recipient.
 */
@Component
class CentreStepBreachMail {

    private final Departments departments;
    private final RecipientRules recipients;
    private final SendNotification sender;

    CentreStepBreachMail(Departments departments, RecipientRules recipients, SendNotification sender) {
        this.departments = departments;
        this.recipients = recipients;
        this.sender = sender;
    }

    @EventListener
    void on(CentreStepBreached breach) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("notificationEvent", NotificationEvent.STEP_BREACH.name());
        inputs.put("taskId", breach.taskId());
        inputs.put("stepName", breach.stepName());
        inputs.put("deadline", breach.deadline());
        inputs.put("supervisor", breach.supervisor());
        inputs.put("supervisorGroup", breach.supervisorGroup());
        inputs.put("category", breach.category());
        inputs.put("major", breach.major());
        inputs.put("customerPhoneMasked", breach.customerPhoneMasked());
        Notice notice = Notice.read(breach.ticketNo(), inputs::get, departments);
        for (Recipient recipient : recipients.of(notice)) {
            sender.queue(notice, recipient, breach.taskId());
        }
    }
}
