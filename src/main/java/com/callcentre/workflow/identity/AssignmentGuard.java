package com.callcentre.workflow.identity;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * The assignment rule, for every task of the centre's processes:
 * <ul>
 * <li>a task that names candidate groups may be assigned (claimed, set, delegated, resolved back)
 * only to a member of one of them, or to one of its candidate users; no assignee (unclaim) is
 * always fine. So a liaison cannot hand its department's order to another department (CP-5),
 * and nobody outside the agents gets a callback (CP-9);</li>
 * <li>a task the model gives one person and no candidates (the colleague's consent, a duty
 * leader's approval, the employee's certificate) stays with that person: nobody but an
 * administrator hands it on or gives it back;</li>
 * <li>an approval is never handed to a party of its request (LV-3, SW-2, SW-9), read from the
 * feature's table through {@link RequestParties}.</li>
 * </ul>
 * The model's own assignees at creation are not checked: the model is trusted, people are not.
 */
final class AssignmentGuard {

    /** The task state (TaskState.STATE_INIT) while the engine creates the task from the model. */
    private static final String BEING_CREATED = "Init";

    private final Set<String> guardedProcesses;
    private final Supplier<List<RequestParties>> parties;

    AssignmentGuard(Set<String> guardedProcesses, Supplier<List<RequestParties>> parties) {
        this.guardedProcesses = guardedProcesses;
        this.parties = parties;
    }

    /** Who holds the task: the assignee before this change (the entity already carries the new one). */
    private static String holder(TaskEntity entity) {
        PropertyChange change = entity.getPropertyChanges().get(TaskEntity.ASSIGNEE);
        return change != null && change.getOrgValue() != null ? change.getOrgValue().toString() : entity.getAssignee();
    }

    void check(Task task, String assignee) {
        if (!(task instanceof TaskEntity entity) || BEING_CREATED.equals(entity.getTaskState())) {
            return;
        }
        ProcessDefinitionEntity definition = entity.getProcessDefinition();
        if (definition == null || !guardedProcesses.contains(definition.getKey())) {
            return;
        }
        Set<IdentityLink> candidates = entity.getCandidates();
        List<String> groups = candidates.stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
        boolean anyCandidateUser = candidates.stream().anyMatch(link -> link.getUserId() != null);
        if (groups.isEmpty() && !anyCandidateUser) {
            if (byPerson()) {
                throw new AssignmentRefusedException(String.format(
                        "任务「%s」只能由 %s 本人办理，不能转交或退回（指派规则）", entity.getName(), holder(entity)));
            }
            return;
        }
        if (assignee == null) {
            return;
        }
        boolean candidateUser = candidates.stream().anyMatch(link -> assignee.equals(link.getUserId()));
        if (!candidateUser && !isMember(assignee, groups)) {
            throw new AssignmentRefusedException(String.format(
                    "不能指派给 %s：任务「%s」只能由其候选组（%s）的成员办理（指派规则，CP-5/CP-9）",
                    assignee, entity.getName(), String.join("、", groups)));
        }
        for (RequestParties feature : parties.get()) {
            if (feature.processKey().equals(definition.getKey())
                    && feature.approvalTasks().contains(entity.getTaskDefinitionKey())
                    && feature.of(entity.getExecution().getProcessBusinessKey()).contains(assignee)) {
                throw new AssignmentRefusedException(String.format(
                        "不能指派给 %s：其本人是该申请的当事人，不能审批自己的申请（LV-3/SW-2）", assignee));
            }
        }
    }

    /** A member of staff, not the engine nor an administrator (who may put a stuck task right). */
    private static boolean byPerson() {
        CommandContext context = Context.getCommandContext();
        Authentication user = context == null ? null : context.getAuthentication();
        return user != null && user.getUserId() != null && !context.getAuthorizationManager().isCamundaAdmin(user);
    }

    /** Without the current user's authorizations: a liaison may not read the group list, the rule may. */
    private static boolean isMember(String userId, List<String> groups) {
        if (groups.isEmpty()) {
            return false;
        }
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
