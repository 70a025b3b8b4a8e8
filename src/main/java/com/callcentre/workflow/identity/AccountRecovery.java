package com.callcentre.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * How an administrator always gets back in (docs/security.md, "Accounts"): start the application
 * with {@code security.unlock-users=admin} (e.g. {@code SECURITY_UNLOCK_USERS=admin}) and those
 * accounts are unlocked before anyone can log in; the setting is for that one start.
 */
@Component
class AccountRecovery implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AccountRecovery.class);

    private final IdentityService identity;
    private final List<String> users;

    AccountRecovery(IdentityService identity, @Value("${security.unlock-users:}") List<String> users) {
        this.identity = identity;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        for (String user : users) {
            if (!user.isBlank() && identity.createUserQuery().userId(user.trim()).count() > 0) {
                identity.unlockUser(user.trim());
                LOG.warn("Account {} unlocked at start (security.unlock-users); remove the setting now", user.trim());
            }
        }
    }
}
