package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.BusinessClock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where a ticket stands. The model sets it on entering a step
 * ({@code ${ticketStatus.enter(execution, 'AWAITING_DISPATCH')}}), so the status and the
 * diagram cannot drift apart.
 */
@Component("ticketStatus")
public class TicketStatus {

    public enum Status {
        REGISTERED, AWAITING_DISPATCH, AT_DEPARTMENTS, AWAITING_REVIEW, AWAITING_CALLBACK,
        CALLBACK_RETRY_PENDING, WITH_DUTY_LEADER, WITH_COMPLAINT_MANAGER, ARCHIVED, CLOSED_UNREACHABLE,
        /** Terminal: merged into another ticket as its duplicate (issue 16, {@link MergeTicket}). */
        MERGED;

        boolean terminal() {
            return this == ARCHIVED || this == CLOSED_UNREACHABLE || this == MERGED;
        }
    }

    private final TicketRepository tickets;
    private final ApplicationEventPublisher events;

    TicketStatus(TicketRepository tickets, ApplicationEventPublisher events) {
        this.tickets = tickets;
        this.events = events;
    }

    public void enter(DelegateExecution execution, String status) {
        set(execution.getProcessBusinessKey(), Status.valueOf(status));
    }

    void set(String ticketNo, Status status) {
        Ticket before = tickets.find(ticketNo).orElse(null);
        OffsetDateTime closedAt = status.terminal() ? BusinessClock.timestamp() : null;
        tickets.updateStatus(ticketNo, status, closedAt);
        if (before != null && before.status() != status) {
            events.publishEvent(new TicketStatusChanged(ticketNo, status.name(), before.status().name(), before.owner(),
                    currentUser(), before.intake().category().name(), before.intake().major(),
                    Masking.phone(before.intake().customerPhone()), BusinessClock.now().toEpochMilli()));
        }
    }

    private static String currentUser() {
        CommandContext command = Context.getCommandContext();
        return command == null ? null : command.getAuthenticatedUserId();
    }
}
