package com.callcentre.workflow.identity;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * The assignment rule: a task of {@code complaint-handling} that names candidate groups may be
 * assigned (claimed, set, delegated, resolved back) only to a member of one of them, or to one
 * of its candidate users; no assignee (unclaim) is always fine. So a liaison cannot hand its
 * department's order to another department (CP-5: the order is the dispatched department's),
 * and nobody outside the agents gets a callback with the customer's phone (CP-9). The model's
 * own assignees at creation are not checked: the model is trusted, people are not.
 */
final class AssignmentGuard {

    static final Set<String> GUARDED_PROCESSES = Set.of("complaint-handling");

    /** The task state (TaskState.STATE_INIT) while the engine creates the task from the model. */
    private static final String BEING_CREATED = "Init";

    private AssignmentGuard() {
    }

    static void check(Task task, String assignee) {
        if (assignee == null || !(task instanceof TaskEntity entity)
                || BEING_CREATED.equals(entity.getTaskState())) {
            return;
        }
        ProcessDefinitionEntity definition = entity.getProcessDefinition();
        if (definition == null || !GUARDED_PROCESSES.contains(definition.getKey())) {
            return;
        }
        Set<IdentityLink> candidates = entity.getCandidates();
        List<String> groups = candidates.stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
        boolean candidateUser = candidates.stream().anyMatch(link -> assignee.equals(link.getUserId()));
        if (groups.isEmpty() || candidateUser || isMember(assignee, groups)) {
            return;
        }
        throw new AssignmentRefusedException(String.format(
                "不能指派给 %s：任务「%s」只能由其候选组（%s）的成员办理（指派规则，CP-5/CP-9）",
                assignee, entity.getName(), String.join("、", groups)));
    }

    /** Without the current user's authorizations: a liaison may not read the group list, the rule may. */
    private static boolean isMember(String userId, List<String> groups) {
        CommandContext context = Context.getCommandContext();
        return context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider()
                .createGroupQuery(context).groupMember(userId).groupIdIn(groups.toArray(String[]::new))
                .count() > 0);
    }

    /** A 400 on {@code /engine-rest} (BadUserRequestException), its message shown by Tasklist. */
    static final class AssignmentRefusedException extends BadUserRequestException {
        AssignmentRefusedException(String message) {
            super(message);
        }
    }
}
