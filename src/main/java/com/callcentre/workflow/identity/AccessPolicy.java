package com.callcentre.workflow.identity;

import static com.callcentre.workflow.identity.StaffGroups.AGENT;
import static com.callcentre.workflow.identity.StaffGroups.CENTER_DIRECTOR;
import static com.callcentre.workflow.identity.StaffGroups.COMPLAINT_HANDLER;
import static com.callcentre.workflow.identity.StaffGroups.COMPLAINT_MANAGER;
import static com.callcentre.workflow.identity.StaffGroups.CS_DIRECTOR;
import static com.callcentre.workflow.identity.StaffGroups.DUTY_LEADER;
import static com.callcentre.workflow.identity.StaffGroups.QUALITY_INSPECTOR;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import com.callcentre.workflow.system.Departments;
import com.callcentre.workflow.system.ProcessKeys;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Who may do what, in one table. Tasks need no grant here: the engine gives a task's
 * candidate group and assignee READ and work on that task when it is created, so each group
 * sees only its own tasks (a department only its own orders, an approver only the approvals
 * addressed to them; docs/authorization.md).
 * <p>
 * A grant here is exactly what its group holds on that resource: {@link IdentitySetup} removes at start
 * the permissions a row no longer names (a database of an earlier release keeps none of them).
 * <p>
 * Tasklist filters are shared by FILTER READ grants made here from the groups each row of
 * {@link TasklistFilters} names: the filter table says who a filter is for, in the same row as
 * what it shows, so the two cannot drift apart; this class still lists every kind of grant.
 */
public final class AccessPolicy {

    /** One grant: a group gets permissions on a resource (an id, or * for all). */
    record Grant(String group, Resource resource, String resourceId, Permission... permissions) {
    }

    static final String ALL = "*";
    static final List<String> DECISIONS = List.of("complaint-routing", "complaint-sla");
    /** The reports of CP-8 (/api/reports, the reports page): an application of our own, beside Camunda's. */
    public static final String REPORTS_APPLICATION = "reports";
    /**
     * Who reads tickets through the application ({@code GET /api/complaints/{ticketNo}}, the trail of
     * Cockpit's tab 工单轨迹): every role of domain rules §1 and the administrators, not the departments,
     * whose liaisons read their orders in their tasks. A decision of the application, not an engine grant:
     * it gives nothing over {@code /engine-rest} (CP-9). Which tickets is decided per ticket in
     * {@code search.TicketAccess}.
     */
    public static final List<String> TICKET_READERS = List.of(AGENT, COMPLAINT_HANDLER, COMPLAINT_MANAGER, DUTY_LEADER,
            CS_DIRECTOR, CENTER_DIRECTOR, QUALITY_INSPECTOR, Groups.CAMUNDA_ADMIN);

    private AccessPolicy() {
    }

    /** A Tasklist filter as created, with the groups it is shared with. */
    record SharedFilter(String filterId, List<String> groups) {
    }

    static List<Grant> grants(Departments departments, List<SharedFilter> filters) {
        List<String> staff = new ArrayList<>(StaffGroups.ROLES.keySet());
        List<String> everyone = new ArrayList<>(staff);
        everyone.addAll(StaffGroups.departmentGroups(departments));
        List<String> intake = List.of(AGENT, COMPLAINT_HANDLER, COMPLAINT_MANAGER, DUTY_LEADER);
        List<String> supervisors = List.of(COMPLAINT_MANAGER, DUTY_LEADER, CS_DIRECTOR, CENTER_DIRECTOR,
                QUALITY_INSPECTOR);

        List<Grant> grants = new ArrayList<>();
        for (String group : everyone) {
            grants.add(new Grant(group, APPLICATION, "tasklist", ACCESS));
            // Reading the model (name, diagram, forms) reveals no ticket.
            grants.add(new Grant(group, PROCESS_DEFINITION, ProcessKeys.COMPLAINT_HANDLING, READ));
        }
        // Each Tasklist filter, read-only, for the groups of its row in TasklistFilters.
        for (SharedFilter filter : filters) {
            for (String group : filter.groups()) {
                grants.add(new Grant(group, FILTER, filter.filterId(), READ));
            }
        }
        for (String group : intake) {
            grants.add(new Grant(group, PROCESS_DEFINITION, ProcessKeys.COMPLAINT_HANDLING, READ, CREATE_INSTANCE));
            grants.add(new Grant(group, PROCESS_INSTANCE, ALL, CREATE));
        }
        // No READ_HISTORY on complaint-handling but for Cockpit's users (below): the engine's history is every
        // ticket's variables and steps, and over /engine-rest it knows no ticket scope (CP-9). Who reads tickets
        // through /api is TICKET_READERS, in the scope of search.TicketAccess.
        // Every member of staff asks for leave (for themself, or sick leave for a colleague, LV-4)
        // and for swaps (SW-1); the processes check whose leave and whose shifts they are.
        for (String group : staff) {
            grants.add(new Grant(group, PROCESS_DEFINITION, ProcessKeys.LEAVE_REQUEST, READ, CREATE_INSTANCE));
            grants.add(new Grant(group, PROCESS_DEFINITION, ProcessKeys.SHIFT_SWAP, READ, CREATE_INSTANCE));
            grants.add(new Grant(group, PROCESS_INSTANCE, ALL, CREATE));
        }
        // Emergencies (EM-1): anyone on the floor reports one (Tasklist's start form or POST /api/emergencies);
        // the tasks come with their assignee or candidate group.
        for (String group : staff) {
            grants.add(new Grant(group, PROCESS_DEFINITION, ProcessKeys.EMERGENCY, READ, CREATE_INSTANCE));
        }
        // An agent hands over their own open contacts to a colleague at their shift's end (HO-1); the
        // first step checks that both are agents.
        grants.add(new Grant(AGENT, PROCESS_DEFINITION, ProcessKeys.AGENT_HANDOVER, READ, CREATE_INSTANCE));
        // Cockpit, read-only, for those who supervise: the only staff who read complaints' history in the
        // engine (CP-9); Tasklist needs none for its users (forms show their task's trail, trailText).
        for (String group : supervisors) {
            grants.add(new Grant(group, APPLICATION, "cockpit", ACCESS));
            grants.add(new Grant(group, PROCESS_DEFINITION, ProcessKeys.COMPLAINT_HANDLING, READ, READ_HISTORY, READ_INSTANCE));
            // The routing and time-limit tables and how they decided (their inputs hold no customer data).
            for (String decision : DECISIONS) {
                grants.add(new Grant(group, DECISION_DEFINITION, decision, READ, READ_HISTORY));
            }
        }
        // The daily audit (CP-8): its timer starts it, nobody by hand (no CREATE_INSTANCE); the complaint
        // managers read its model and forms for their audit tasks and follow its instances in Cockpit.
        grants.add(new Grant(COMPLAINT_MANAGER, PROCESS_DEFINITION, ProcessKeys.DAILY_AUDIT, READ, READ_HISTORY,
                READ_INSTANCE));
        // Quality monitoring (QA-1): its timer starts the month's listenings, nobody by hand; the
        // inspectors read its model, form and grade table for their tasks.
        grants.add(new Grant(QUALITY_INSPECTOR, PROCESS_DEFINITION, ProcessKeys.QUALITY_LISTENING, READ,
                READ_HISTORY, READ_INSTANCE));
        grants.add(new Grant(QUALITY_INSPECTOR, DECISION_DEFINITION, "quality-grade", READ, READ_HISTORY));
        // Duty reports (RP-1): the duty leaders write them, the directors read them; reading the model
        // shows Tasklist the process's name and diagram (the tasks come with their candidate groups).
        for (String group : List.of(DUTY_LEADER, CS_DIRECTOR, CENTER_DIRECTOR)) {
            grants.add(new Grant(group, PROCESS_DEFINITION, ProcessKeys.DUTY_DAILY_REPORT, READ));
            grants.add(new Grant(group, PROCESS_DEFINITION, ProcessKeys.DUTY_MONTHLY_ANALYSIS, READ));
            // The shift handover (HO-1..HO-5): its timer starts it at each shift's end, nobody by hand;
            // the duty leaders (and the cs-director when a shift has none) hand over and take over.
            grants.add(new Grant(group, PROCESS_DEFINITION, ProcessKeys.SHIFT_HANDOVER, READ));
        }
        // Weekly and monthly reports (CP-8): managers and directors only.
        for (String group : List.of(COMPLAINT_MANAGER, CS_DIRECTOR, CENTER_DIRECTOR)) {
            grants.add(new Grant(group, APPLICATION, REPORTS_APPLICATION, ACCESS));
        }
        return grants;
    }
}
