package com.callcentre.workflow.integrity;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** A colleague as staff see them in a message: 杨军（manager1）. */
final class StaffNames {

    private StaffNames() {
    }

    static String of(CommandContext context, String userId) {
        User user = context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().findUserById(userId));
        if (user == null) {
            return userId;
        }
        String name = ((user.getLastName() == null ? "" : user.getLastName())
                + (user.getFirstName() == null ? "" : user.getFirstName())).trim();
        return name.isEmpty() ? userId : name + "（" + userId + "）";
    }
}
