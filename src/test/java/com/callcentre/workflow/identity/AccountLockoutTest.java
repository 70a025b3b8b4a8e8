package com.callcentre.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Accounts (issue 11): no anonymous client locks an account for good, and failed logins are
 * throttled per client address. A user of its own, so no other test meets its delays.
 */
@ApplicationTest
class AccountLockoutTest {

    private static final String USER = "lockoutprobe";
    private static final String PASSWORD = "Probe-Passw0rd!";

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    IdentityService identity;
    @Autowired
    LoginThrottle throttle;

    @BeforeEach
    void aUserOfItsOwn() {
        api = new ApiClient(port);
        User user = identity.newUser(USER);
        user.setFirstName("探针");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        identity.deleteUser(USER);
        forgetAddresses();
    }

    @Test
    void manyWrongPasswordsOnlyDelayTheAccountTheyNeverLockItForGood() throws Exception {
        Instant now = Instant.now();
        for (int attempt = 1; attempt <= 12; attempt++) {
            ClockUtil.setCurrentTime(Date.from(now));
            assertThat(status("wrong-" + attempt)).isEqualTo(401);
            now = now.plusSeconds(61); // past the longest delay (login-delay-max-time)
        }
        ClockUtil.setCurrentTime(Date.from(now));

        assertThat(status(PASSWORD)).as("the owner gets in once the last delay has passed").isEqualTo(200);
    }

    @Test
    void anAddressWithTooManyFailuresIsAnswered429InChineseThenLetIn() throws Exception {
        int answered429 = 0;
        for (int attempt = 1; attempt <= 21; attempt++) {
            HttpResponse<String> response = api.send(api.request("/api/holidays?year=2026", "nobody-" + attempt, "x"));
            if (response.statusCode() == 429) {
                answered429++;
                assertThat(response.body()).contains("登录失败次数过多");
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
            }
        }
        HttpResponse<String> rightPassword = api.send(api.request("/engine-rest/user/" + USER + "/profile", USER, PASSWORD));

        assertThat(answered429).as("the 21st try from this address").isEqualTo(1);
        assertThat(rightPassword.statusCode()).as("the address waits, whoever it claims to be").isEqualTo(429);
        forgetAddresses();
        assertThat(status(PASSWORD)).isEqualTo(200);
    }

    @Test
    void anAdministratorLockedOutIsUnlockedAtTheNextStartWhenTheSettingNamesThem() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            status("wrong-" + attempt);
        }
        assertThat(identity.checkPassword(USER, PASSWORD)).as("delayed now").isFalse();

        new AccountRecovery(identity, List.of(USER)).run(new DefaultApplicationArguments());

        assertThat(identity.checkPassword(USER, PASSWORD)).isTrue();
    }

    private int status(String password) throws Exception {
        return api.send(api.request("/engine-rest/user/" + USER + "/profile", USER, password)).statusCode();
    }

    private void forgetAddresses() {
        throttle.forgetAll();
    }
}
