package com.callcentre.workflow.identity;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, the one place that reads it: the engine's authentication, which the
 * authentication filters (and Tasklist) set per request thread. No authentication means nobody:
 * no id, no group, no permission. Features ask this instead of reading the engine's
 * {@code Authentication} themselves, so "signed in", "in a group" and "authorized" mean the same
 * everywhere. Code the engine calls (listeners, delegates) uses {@link #idIn}.
 */
@Component
public class CurrentUser {

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    public CurrentUser(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    /** The signed-in user's id; empty without an authentication or without a user in it. */
    public Optional<String> id() {
        return idOf(identity.getCurrentAuthentication());
    }

    /** The same for code the engine calls, which has the engine's services, not this bean. */
    public static Optional<String> idIn(ProcessEngineServices services) {
        return idOf(services.getIdentityService().getCurrentAuthentication());
    }

    /** Whether the signed-in user is in this group. */
    public boolean isIn(String group) {
        Authentication user = identity.getCurrentAuthentication();
        return user != null && user.getGroupIds() != null && user.getGroupIds().contains(group);
    }

    /** Whether the signed-in user is in at least one of these groups. */
    public boolean isInAny(Collection<String> groups) {
        Authentication user = identity.getCurrentAuthentication();
        return user != null && user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(groups::contains);
    }

    /** The engine's authorizations (docs/authorization.md) for the signed-in user and their groups. */
    public boolean isAuthorized(Permission permission, Resource resource, String resourceId) {
        Authentication user = identity.getCurrentAuthentication();
        return user != null && authorizations.isUserAuthorized(user.getUserId(), user.getGroupIds(), permission,
                resource, resourceId);
    }

    /**
     * Runs the work with no authentication, so the engine checks no authorization in it (a reader
     * of a ticket sees all of it, whatever each part is granted to), then gives the caller's
     * authentication back, also when the work fails.
     */
    public <T> T withoutAuthorization(Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            } else {
                identity.clearAuthentication();
            }
        }
    }

    private static Optional<String> idOf(Authentication user) {
        return user == null ? Optional.empty() : Optional.ofNullable(user.getUserId());
    }
}
