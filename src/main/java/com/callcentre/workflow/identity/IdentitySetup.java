package com.callcentre.workflow.identity;

import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.Departments;
import com.callcentre.workflow.system.LostRace;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.util.JsonUtil;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, in every profile, as soon as the engine is built (before any request): the
 * groups of the centre, the Tasklist filters of {@link TasklistFilters} and the grants of
 * {@link AccessPolicy}, exactly (a permission the policy no longer names is taken back). Safe to run again: what exists is completed or brought up to date, never
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
        ensureGrants(AccessPolicy.grants(departments, shared));
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

    /**
     * Each group's grant on each resource of the policy, exactly: the permissions of all its rows, no
     * more. A permission the policy no longer names is removed (CP-9: the staff's READ_HISTORY on
     * complaint-handling of earlier releases); a grant nothing has changed is not saved again.
     */
    private void ensureGrants(List<AccessPolicy.Grant> grants) {
        Map<List<Object>, Integer> wanted = new LinkedHashMap<>();
        Map<List<Object>, AccessPolicy.Grant> rows = new LinkedHashMap<>();
        for (AccessPolicy.Grant grant : grants) {
            List<Object> key = List.of(grant.group(), grant.resource().resourceType(), grant.resourceId());
            int permissions = Arrays.stream(grant.permissions()).mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
            wanted.merge(key, permissions, (a, b) -> a | b);
            rows.putIfAbsent(key, grant);
        }
        wanted.forEach((key, permissions) -> ensureGrantOnce(rows.get(key), permissions));
    }

    /**
     * Two nodes starting together on one database both bring the same row up to date: the second
     * one's update (the engine's optimistic lock) or insert (the grant's unique key) loses, and reads
     * again what the first one wrote, instead of failing its start.
     */
    private void ensureGrantOnce(AccessPolicy.Grant grant, int permissions) {
        try {
            ensureGrant(grant, permissions);
        } catch (RuntimeException e) {
            if (!LostRace.in(e)) {
                throw e;
            }
            ensureGrant(grant, permissions);
        }
    }

    private void ensureGrant(AccessPolicy.Grant grant, int permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(grant.group())
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
        AuthorizationEntity authorization = (AuthorizationEntity) (existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT));
        if (existing != null && authorization.getPermissions() == permissions) {
            return;
        }
        authorization.setGroupId(grant.group());
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        authorization.setPermissions(permissions);
        authorizations.saveAuthorization(authorization);
    }

    /** A filter is the table's: groups its row no longer names lose it. */
    private void revokeOtherGroups(AccessPolicy.SharedFilter filter) {
        authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.FILTER).resourceId(filter.filterId()).list().stream()
                .filter(a -> a.getGroupId() != null && !filter.groups().contains(a.getGroupId()))
                .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }
}
