package com.callcentre.workflow.identity;

import com.callcentre.workflow.system.Departments;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, in every profile, as soon as the engine is built (before any request): the groups of the centre, the shared Tasklist filter and
 * the grants of {@link AccessPolicy}. Safe to run again: what exists is completed, not doubled.
 */
@Component
@Order(101)
class IdentitySetup extends AbstractProcessEnginePlugin {

    static final String SHARED_FILTER = "待办任务";

    private final Departments departments;
    private IdentityService identity;
    private AuthorizationService authorizations;
    private FilterService filters;
    private TaskService tasks;

    IdentitySetup(Departments departments) {
        this.departments = departments;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        identity = engine.getIdentityService();
        authorizations = engine.getAuthorizationService();
        filters = engine.getFilterService();
        tasks = engine.getTaskService();
        StaffGroups.all(departments).forEach(this::ensureGroup);
        String filterId = ensureSharedFilter();
        AccessPolicy.grants(departments, filterId).forEach(this::ensureGrant);
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    /** Every task the user may see, newest first: enough for Tasklist until role filters exist. */
    private String ensureSharedFilter() {
        Filter existing = filters.createFilterQuery().filterName(SHARED_FILTER).singleResult();
        if (existing != null) {
            return existing.getId();
        }
        TaskQuery query = tasks.createTaskQuery().orderByTaskCreateTime().desc();
        Filter filter = filters.newTaskFilter(SHARED_FILTER)
                .setQuery(query)
                .setProperties(Map.of("description", "我可以看到的全部任务", "priority", -10, "autoRefresh", true));
        return filters.saveFilter(filter).getId();
    }

    private void ensureGrant(AccessPolicy.Grant grant) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(grant.group())
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(grant.group());
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        boolean changed = existing == null;
        for (var permission : Arrays.asList(grant.permissions())) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }
}
