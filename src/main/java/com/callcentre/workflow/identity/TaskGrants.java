package com.callcentre.workflow.identity;

import com.callcentre.workflow.system.ProcessKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a task's candidates and assignee may do with it (docs/authorization.md, "Tasks"): read,
 * work (claim, complete) and hand it on (unclaim, assign, delegate) within its candidate groups;
 * not write its variables, nor edit its dates, owner or candidates. Camunda's default is
 * {@code UPDATE}, which allows all of that.
 */
@Component
class TaskGrants extends AbstractProcessEnginePlugin {

    /** The centre's processes, whose tasks follow the assignment rule. */
    static final Set<String> GUARDED_PROCESSES = Set.of(ProcessKeys.COMPLAINT_HANDLING, ProcessKeys.LEAVE_REQUEST,
            ProcessKeys.SHIFT_SWAP, ProcessKeys.EMERGENCY, ProcessKeys.SHIFT_HANDOVER,
            ProcessKeys.AGENT_HANDOVER);

    private final ObjectProvider<RequestParties> parties;

    TaskGrants(ObjectProvider<RequestParties> parties) {
        this.parties = parties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // READ + TASK_WORK (+ TASK_ASSIGN, TaskGrantProvider) instead of READ + UPDATE.
        configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
        configuration.setResourceAuthorizationProvider(new TaskGrantProvider(
                new AssignmentGuard(GUARDED_PROCESSES, () -> parties.orderedStream().toList())));
        // The engine's default pair, with the authorization checker narrowed to TASK_ASSIGN's intent.
        List<CommandChecker> checkers = new ArrayList<>();
        checkers.add(new TenantCommandChecker());
        checkers.add(new TaskAssignChecker());
        configuration.setCommandCheckers(checkers);
    }
}
