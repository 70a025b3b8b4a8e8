package com.callcentre.workflow.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Staff's names as colleagues know them (family name then given name, as the engine's user keeps
 * them; 陈静), for features that list people: the reports' figures per person. Read in one query
 * without the caller's grants on users: a reader of a report sees its people's names, whatever
 * READ on users they hold. Never customers: they are no engine users (CP-9).
 */
@Component
public class StaffNames {

    private final IdentityService identity;
    private final CurrentUser currentUser;

    StaffNames(IdentityService identity, CurrentUser currentUser) {
        this.identity = identity;
        this.currentUser = currentUser;
    }

    /** User id to name; a user without a name, or no longer known, by their id. */
    public Map<String, String> of(Collection<String> userIds) {
        Map<String, String> names = new HashMap<>();
        String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (ids.length > 0) {
            currentUser.withoutAuthorization(() -> identity.createUserQuery().userIdIn(ids).list())
                    .forEach(user -> names.put(user.getId(), nameOf(user)));
        }
        for (String id : ids) {
            names.putIfAbsent(id, id);
        }
        return names;
    }

    static String nameOf(User user) {
        String name = ((user.getLastName() == null ? "" : user.getLastName())
                + (user.getFirstName() == null ? "" : user.getFirstName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
