package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The agent's callback (回访, CP-7). */
@Component("callbackDesk")
public class CallbackDesk {

    private static final java.util.Set<String> OUTCOMES = java.util.Set.of("SATISFIED", "UNSATISFIED", "UNREACHABLE",
            "DIFFICULT_CUSTOMER");

    /** The task-local link of the forms to the page that shows the customer's number. */
    static final String CONTACT_PAGE = "contactPage";

    private final DepartmentOrderBook orders;
    private final TicketOwners owners;
    private final TicketRepository tickets;

    CallbackDesk(DepartmentOrderBook orders, TicketOwners owners, TicketRepository tickets) {
        this.orders = orders;
        this.owners = owners;
        this.tickets = tickets;
    }

    /**
     * Creation of {@code callback} and {@code requestCustomerInfo}: the link to the customer's
     * full name and phone, never the data itself (CP-9): the form shows the masked forms, and the
     * worker who holds the task opens the page that shows the number and records the read
     * ({@link CustomerContacts}). The callback also shows what the departments did.
     */
    public void prepare(DelegateTask task) {
        task.setVariableLocal(CONTACT_PAGE, "/customer-contact/?task=" + task.getId());
        orders.showReceipts(task);
    }

    /**
     * The assignee of {@code callback} and {@code requestCustomerInfo}: the ticket's first-contact
     * owner as the ticket table keeps it (CP-2), not the process variable {@code owner}, which
     * whoever completes a task of the ticket may overwrite: no variable redirects the customer's
     * phone (CP-9).
     */
    public String owner(DelegateExecution execution) {
        return owners.of(execution.getProcessBusinessKey()).orElseThrow();
    }

    /** End of {@code callback} (see {@link CountCallbackAttempt}): a known outcome, one more attempt. */
    void recordAttempt(DelegateExecution execution) {
        Object outcome = execution.getVariable("callbackOutcome");
        if (outcome == null || !OUTCOMES.contains(outcome.toString())) {
            throw InvalidInputException.of("callbackOutcome", "请选择回访结果（SATISFIED、UNSATISFIED、UNREACHABLE 或 DIFFICULT_CUSTOMER）");
        }
        if (!"UNREACHABLE".equals(outcome.toString()) && !"DIFFICULT_CUSTOMER".equals(outcome.toString())) {
            // CP-7: solved and satisfied are two questions; a customer may be satisfied with an explanation.
            if (!(execution.getVariable("problemSolved") instanceof Boolean solved)) {
                throw InvalidInputException.of("problemSolved", "请选择问题是否已解决（CP-7）");
            }
            tickets.problemSolved(execution.getProcessBusinessKey(), solved);
        }
        Object attempts = execution.getVariable("callbackAttempts");
        execution.setVariable("callbackAttempts", (attempts == null ? 0 : ((Number) attempts).intValue()) + 1);
    }
}
