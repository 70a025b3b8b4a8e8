package com.callcentre.workflow.identity;

import java.util.Arrays;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The grants the engine gives a task's candidate groups, candidate users, assignee and owner:
 * the default's READ and TASK_WORK, plus TASK_ASSIGN so that Tasklist's "unclaim" (an assignee of
 * null) keeps working. Before an assignee gets anything, {@link AssignmentGuard} checks the
 * assignment rule.
 */
class TaskGrantProvider extends DefaultAuthorizationProvider {

    private final AssignmentGuard guard;

    TaskGrantProvider(AssignmentGuard guard) {
        this.guard = guard;
    }

    @Override
    protected Permission[] getRuntimePermissions(boolean enforceSpecificVariablePermission) {
        Permission[] defaults = super.getRuntimePermissions(enforceSpecificVariablePermission);
        Permission[] permissions = Arrays.copyOf(defaults, defaults.length + 1);
        permissions[defaults.length] = TaskPermissions.TASK_ASSIGN;
        return permissions;
    }

    /** A follower ({@link TaskFollowers}) reads the task; only candidates and the assignee work it. */
    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        if (TaskFollowers.LINK_TYPE.equals(type)) {
            return new AuthorizationEntity[] {
                createOrUpdateAuthorization(task, userId, null, Resources.TASK, false, Permissions.READ) };
        }
        return super.newTaskUserIdentityLink(task, userId, type);
    }

    /**
     * Called inside the command for every change of assignee of a task that exists (claim, set
     * assignee, delegate, resolve, save), before any task listener: its exception reaches REST
     * unwrapped, where a task listener's would be wrapped into a 500.
     */
    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        guard.check(task, newAssignee);
        return super.newTaskAssignee(task, oldAssignee, newAssignee);
    }
}
