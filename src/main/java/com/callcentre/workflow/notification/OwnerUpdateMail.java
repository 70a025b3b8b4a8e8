package com.callcentre.workflow.notification;

import com.callcentre.workflow.complaint.TicketStatusChanged;
import com.callcentre.workflow.system.Departments;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * CP-2: the first-contact owner is told of each change of their ticket (dispatched, answered by
 * the departments, back to dispatch after a send-back, a rejected receipt or a reopening, with
 * the duty leader or the complaint manager, closed), in the transaction of the change and through
 * the outbox like every notice. Not of the changes that are their own work (registering, the
 * callback) or that they made themselves.
 */
@Component
class OwnerUpdateMail {

    private final Departments departments;
    private final RecipientRules recipients;
    private final SendNotification sender;
    /** The statuses the owner is told of ({@code notification.owner-told-of}). */
    private final Set<String> told;

    OwnerUpdateMail(Departments departments, RecipientRules recipients, SendNotification sender,
            NotificationSettings settings) {
        this.departments = departments;
        this.recipients = recipients;
        this.sender = sender;
        this.told = Set.copyOf(settings.ownerToldOf());
    }

    @EventListener
    void on(TicketStatusChanged changed) {
        boolean firstDispatch = "AWAITING_DISPATCH".equals(changed.status()) && "REGISTERED".equals(changed.previous());
        if (!told.contains(changed.status()) || firstDispatch || Objects.equals(changed.actor(), changed.owner())) {
            return;
        }
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("notificationEvent", NotificationEvent.OWNER_UPDATE.name());
        inputs.put("category", changed.category());
        inputs.put("major", changed.major());
        inputs.put("customerPhoneMasked", changed.customerPhoneMasked());
        inputs.put("owner", changed.owner());
        inputs.put("status", changed.status());
        inputs.put("changedAt", changed.at());
        Notice notice = Notice.read(changed.ticketNo(), inputs::get, departments);
        for (Recipient recipient : recipients.of(notice)) {
            sender.queue(notice, recipient, null);
        }
    }
}
