package com.callcentre.workflow.complaint;

import com.callcentre.workflow.identity.AccessPolicy;
import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.system.ProcessKeys;
import com.callcentre.workflow.system.RequestRecords;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/** The complaint feature's API for the web layer: register a contact, read a ticket. */
@Service
public class ComplaintService {

    /**
     * A registered contact, with the caller's earlier tickets (CP-3, {@link CallerHistory}): those of
     * the same number in the window, newest first, the proposed original marked {@code proposedRepeat}.
     */
    public record Registered(String ticketNo, String processInstanceId,
            List<CallerHistory.EarlierTicket> earlierTickets) {
    }

    private final RequestRecords records;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CurrentUser currentUser;
    private final TicketRepository tickets;
    private final DepartmentOrderBook orders;
    private final TicketTrail trail;
    private final CallerHistory callerHistory;
    private final TicketLinks links;

    ComplaintService(RequestRecords records, RuntimeService runtime, TaskService tasks,
            CurrentUser currentUser, TicketRepository tickets, DepartmentOrderBook orders,
            TicketTrail trail, CallerHistory callerHistory, TicketLinks links) {
        this.callerHistory = callerHistory;
        this.records = records;
        this.runtime = runtime;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.tickets = tickets;
        this.orders = orders;
        this.trail = trail;
        this.links = links;
    }

    /**
     * Starts {@code complaint-handling} as the authenticated user, who becomes the first-contact
     * owner (CP-2). The engine's authorizations decide who may (CREATE_INSTANCE). The customer's
     * name and phone go in as transient variables: {@code registerTicket} keeps them in the
     * ticket table only (CP-9). The answer holds the caller's earlier tickets (CP-3): the registering
     * agent has the caller on the line.
     */
    public Registered register(ComplaintIntake intake) {
        ProcessInstanceWithVariables instance = start(intake);
        String ticketNo = (String) instance.getVariables().get("ticketNo");
        return new Registered(ticketNo, instance.getId(),
                callerHistory.of(intake.customerPhone(), intake.category(), ticketNo).earlierTickets());
    }

    /** The intake as a JSON body would give it, read with the same rules (unknown fields refused). */
    ProcessInstanceWithVariables start(Map<String, Object> body) {
        return start(records.read(body, ComplaintIntake.class));
    }

    private ProcessInstanceWithVariables start(ComplaintIntake intake) {
        VariableMap variables = Variables.createVariables()
                .putValue("channel", intake.channel().name())
                .putValue("type", intake.type().name())
                .putValue("category", intake.category().name())
                .putValue("vipLevel", intake.vipLevel().name())
                .putValue("description", intake.description())
                .putValue("resolvedAtFirstContact", intake.resolvedAtFirstContact())
                .putValue("major", intake.major())
                .putValue("repeatOf", intake.repeatOf())
                .putValue("referral", intake.referral() == null ? null : intake.referral().name())
                .putValue("referralReason", intake.referralReason())
                .putValueTyped(RegisterTicket.CUSTOMER_NAME, Variables.stringValue(intake.customerName(), true))
                .putValueTyped(RegisterTicket.CUSTOMER_PHONE, Variables.stringValue(intake.customerPhone(), true));
        return runtime.createProcessInstanceByKey(ProcessKeys.COMPLAINT_HANDLING)
                .setVariables(variables)
                .executeWithVariablesInReturn();
    }

    /**
     * Whether the current user reads tickets at all: a member of {@link AccessPolicy#TICKET_READERS}. By
     * group, not by an engine grant: READ_HISTORY on the process would also hand out every ticket's
     * history over {@code /engine-rest} (CP-9). Which tickets: {@link TicketReaders}.
     */
    public boolean mayRead() {
        return currentUser.isInAny(AccessPolicy.TICKET_READERS);
    }

    public boolean exists(String ticketNo) {
        return tickets.find(ticketNo).isPresent();
    }

    public Optional<TicketView> find(String ticketNo) {
        return tickets.find(ticketNo).map(ticket -> new TicketView(ticket, currentSteps(ticket),
                orders.of(ticketNo), trail.of(ticketNo), links.of(ticketNo),
                currentUser.isInAny(TicketLinkDesk.MAY_LINK)));
    }

    private List<TicketView.Step> currentSteps(Ticket ticket) {
        // Read without the caller's authorizations: a reader of the ticket sees all its open steps.
        return currentUser.withoutAuthorization(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(ticket.ticketNo()).orderByTaskCreateTime().asc().list().stream()
                .map(task -> step(task)).toList());
    }

    private TicketView.Step step(Task task) {
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).toList();
        Object department = tasks.getVariable(task.getId(), "department");
        return new TicketView.Step(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                groups, department == null ? null : department.toString(), utc(task.getCreateTime()),
                utc(task.getDueDate()), utc(task.getFollowUpDate()), task.getDueDate() == null ? null
                        : task.getDueDate().toInstant().isBefore(com.callcentre.workflow.system.BusinessClock.now())
                                ? "BREACHED" : "RUNNING");
    }

    private static java.time.OffsetDateTime utc(java.util.Date date) {
        return date == null ? null : date.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
