package com.callcentre.workflow.identity;

import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.Departments;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.util.JsonUtil;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, in every profile, as soon as the engine is built (before any request): the
 * groups of the centre, the Tasklist filters of {@link TasklistFilters} and the grants of
 * {@link AccessPolicy}. Safe to run again: what exists is completed or brought up to date, never
 * doubled. The filters are the table's: a filter edited in Tasklist is reset at the next start,
 * and is shared with exactly the groups of its row.
 */
@Component
@Order(101)
class IdentitySetup extends AbstractProcessEnginePlugin {

    private final Departments departments;
    private final BusinessClock settings;
    private IdentityService identity;
    private AuthorizationService authorizations;
    private FilterService filters;
    private TaskService tasks;

    IdentitySetup(Departments departments, BusinessClock settings) {
        this.departments = departments;
        this.settings = settings;
    }

    /** The filters' "today" in the business zone: a function for their expressions. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        try {
            Method dateTimeIn = TasklistFilters.class.getMethod(TasklistFilters.DATE_TIME_IN, String.class);
            dateTimeIn.setAccessible(true);
            configuration.getExpressionManager().addFunction(TasklistFilters.DATE_TIME_IN, dateTimeIn);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        identity = engine.getIdentityService();
        authorizations = engine.getAuthorizationService();
        filters = engine.getFilterService();
        tasks = engine.getTaskService();
        StaffGroups.all(departments).forEach(this::ensureGroup);
        List<AccessPolicy.SharedFilter> shared = new ArrayList<>();
        for (TasklistFilters.TasklistFilter filter : TasklistFilters.all(departments, settings.zone())) {
            shared.add(new AccessPolicy.SharedFilter(ensureFilter(filter), filter.groups()));
        }
        AccessPolicy.grants(departments, shared).forEach(this::ensureGrant);
        shared.forEach(this::revokeOtherGroups);
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    /** Created, or updated (found by its name or former name) when the table says otherwise. */
    private String ensureFilter(TasklistFilters.TasklistFilter definition) {
        Filter existing = named(definition.name());
        if (existing == null && definition.formerName() != null) {
            existing = named(definition.formerName());
        }
        FilterEntity wanted = (FilterEntity) filters.newTaskFilter(definition.name())
                .setQuery(definition.criteria().apply(tasks.createTaskQuery()))
                .setProperties(definition.properties());
        if (existing == null) {
            return filters.saveFilter(wanted).getId();
        }
        FilterEntity current = (FilterEntity) existing;
        if (!current.getName().equals(wanted.getName())
                || !Objects.equals(current.getQueryInternal(), wanted.getQueryInternal())
                || !Objects.equals(current.getProperties(), asStored(wanted.getPropertiesInternal()))) {
            current.setName(wanted.getName());
            current.setQueryInternal(wanted.getQueryInternal());
            current.setPropertiesInternal(wanted.getPropertiesInternal());
            filters.saveFilter(current);
        }
        return current.getId();
    }

    /** Properties as the engine reads them back (its maps keep no order, its numbers their JSON type). */
    private static Object asStored(String properties) {
        return JsonUtil.asMap(JsonUtil.asObject(properties));
    }

    private Filter named(String name) {
        return filters.createFilterQuery().filterName(name).orderByFilterId().asc().list().stream()
                .findFirst().orElse(null);
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

    /** A filter is the table's: groups its row no longer names lose it. */
    private void revokeOtherGroups(AccessPolicy.SharedFilter filter) {
        authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.FILTER).resourceId(filter.filterId()).list().stream()
                .filter(a -> a.getGroupId() != null && !filter.groups().contains(a.getGroupId()))
                .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }
}
