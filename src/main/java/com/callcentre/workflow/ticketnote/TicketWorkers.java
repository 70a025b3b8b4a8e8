package com.callcentre.workflow.ticketnote;

import com.callcentre.workflow.complaint.TicketSearch;
import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.search.TicketAccess;
import com.callcentre.workflow.system.Departments;
import com.callcentre.workflow.system.ProcessKeys;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Who may add to a ticket's notes and files, and who may read them (docs/authorization.md, "Notes
 * and attachments"). A worker of the ticket: its first-contact owner (CP-2); anyone who has or had
 * one of its tasks (assignee in the engine's history, or a candidate of an open one); a liaison of
 * a department that has had an order for it; the centre's complaint staff and directors
 * ({@link #SUPERVISORS}). A reader: whoever the search lets see the ticket ({@link TicketAccess}),
 * and its workers. The quality inspector reads, never writes.
 */
@Component
class TicketWorkers {

    static final List<String> SUPERVISORS = List.of(StaffGroups.COMPLAINT_HANDLER, StaffGroups.COMPLAINT_MANAGER,
            StaffGroups.DUTY_LEADER, StaffGroups.CS_DIRECTOR, StaffGroups.CENTER_DIRECTOR);

    private final TicketSearch search;
    private final TicketAccess access;
    private final CurrentUser currentUser;
    private final Departments departments;
    private final HistoryService history;
    private final TaskService tasks;

    TicketWorkers(TicketSearch search, TicketAccess access, CurrentUser currentUser, Departments departments,
            HistoryService history, TaskService tasks) {
        this.search = search;
        this.access = access;
        this.currentUser = currentUser;
        this.departments = departments;
        this.history = history;
        this.tasks = tasks;
    }

    /** The ticket with its owner and departments, whoever asks; empty for an unknown number. */
    Optional<TicketSearch.Hit> ticket(String ticketNo) {
        TicketSearch.Criteria criteria = new TicketSearch.Criteria(null, ticketNo, null, null, null, null, null, null,
                false, null);
        return search.search(criteria, TicketSearch.Scope.ALL, 0, 1).items().stream().findFirst();
    }

    boolean mayRead(TicketSearch.Hit ticket) {
        return access.mayRead(ticket.ticketNo()) || isWorker(ticket);
    }

    boolean isWorker(TicketSearch.Hit ticket) {
        Optional<String> me = currentUser.id();
        if (me.isEmpty()) {
            return false;
        }
        return currentUser.isInAny(SUPERVISORS) || me.get().equals(ticket.owner())
                || ticket.departments().stream().flatMap(d -> departments.byCode(d).stream())
                        .anyMatch(d -> currentUser.isIn(d.group()))
                || hasOrHadTask(ticket.ticketNo(), me.get());
    }

    private boolean hasOrHadTask(String ticketNo, String user) {
        return currentUser.withoutAuthorization(() -> history.createHistoricTaskInstanceQuery()
                .processDefinitionKey(ProcessKeys.COMPLAINT_HANDLING).processInstanceBusinessKey(ticketNo)
                .taskAssignee(user).count() > 0
                || tasks.createTaskQuery().processDefinitionKey(ProcessKeys.COMPLAINT_HANDLING)
                        .processInstanceBusinessKey(ticketNo).taskCandidateUser(user).count() > 0);
    }
}
