package com.callcentre.workflow.identity;

import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The engine's authorization checks, with TASK_ASSIGN kept to handing a task on. Camunda checks
 * TASK_ASSIGN (or UPDATE) not only for set assignee and delegate but also for saving a task
 * ({@code PUT /task/{id}}: due and follow-up dates, name, priority, owner), setting its owner,
 * name, priority or dates, and adding or removing candidate users and groups: with TASK_ASSIGN
 * granted to every candidate, a liaison could add another department as candidate group of its
 * order. Those commands need UPDATE here (administrators only).
 */
class TaskAssignChecker extends AuthorizationCommandChecker {

    @Override
    public void checkTaskAssign(TaskEntity task) {
        super.checkTaskAssign(task);
        if (handingOn()) {
            return;
        }
        if (task.getExecutionId() != null) {
            getAuthorizationManager().checkAuthorization(new PermissionCheckBuilder()
                    .disjunctive()
                    .atomicCheckForResourceId(TASK, task.getId(), UPDATE)
                    .atomicCheckForResourceId(PROCESS_DEFINITION, task.getProcessDefinition().getKey(), UPDATE_TASK)
                    .build());
        } else if (task.getCaseExecutionId() == null) {
            getAuthorizationManager().checkAuthorization(UPDATE, TASK, task.getId());
        }
    }

    /** Set assignee (Tasklist's unclaim and "assign to") and delegate: what TASK_ASSIGN is for. */
    private static boolean handingOn() {
        CommandInvocationContext invocation = Context.getCommandInvocationContext();
        Command<?> command = invocation == null ? null : invocation.getCommand();
        return command instanceof AssignTaskCmd || command instanceof DelegateTaskCmd;
    }
}
