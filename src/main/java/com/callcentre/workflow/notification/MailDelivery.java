package com.callcentre.workflow.notification;

import com.callcentre.workflow.system.ProcessKeys;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Starts the {@code mail-delivery} instance of one queued message, inside the step that queued
 * it: the instance and its job exist exactly when the step commits. Without the user's
 * authorizations: a manager dispatching may not start processes of the system's own.
 */
@Component
class MailDelivery {


    private final RuntimeService runtime;

    MailDelivery(RuntimeService runtime) {
        this.runtime = runtime;
    }

    void start(MailOutbox.Key key, long outboxId, String subject) {
        Map<String, Object> variables = Map.of(DeliverMail.OUTBOX_ID, outboxId, "mailTo", key.recipient(),
                "mailSubject", subject);
        var context = Context.getCommandContext();
        if (context == null) {
            runtime.startProcessInstanceByKey(ProcessKeys.MAIL_DELIVERY, key.ticketNo(), variables);
        } else {
            context.runWithoutAuthorization(() -> runtime.startProcessInstanceByKey(ProcessKeys.MAIL_DELIVERY, key.ticketNo(), variables));
        }
    }
}
