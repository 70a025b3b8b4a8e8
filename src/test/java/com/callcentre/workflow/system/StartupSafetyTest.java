package com.callcentre.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

/** Production starts with no default password (issue 11): admin/admin only in demo. */
class StartupSafetyTest {

    @Test
    void withoutDemoAFirstAdministratorWithAWeakOrMissingPasswordStopsTheStart() {
        for (String password : new String[] {null, "", "admin", "Admin", "short1!", "demo", "root-admin"}) {
            MockEnvironment production = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "root-admin");
            production.setActiveProfiles("postgres");
            if (password != null) {
                production.setProperty("camunda.bpm.admin-user.password", password);
            }
            assertThatThrownBy(() -> new StartupSafety().postProcessEnvironment(production, new SpringApplication()))
                    .as(String.valueOf(password)).hasMessageContaining("camunda.bpm.admin-user.password");
        }
    }

    @Test
    void aStrongPasswordOrTheDemoProfileOrNoFirstAdministratorStarts() {
        MockEnvironment strong = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "root-admin")
                .withProperty("camunda.bpm.admin-user.password", "Ha7-longer-secret");
        strong.setActiveProfiles("postgres");
        MockEnvironment demo = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "admin")
                .withProperty("camunda.bpm.admin-user.password", "admin");
        demo.setActiveProfiles("demo");
        StandardEnvironment none = new StandardEnvironment();
        none.setActiveProfiles("postgres");

        new StartupSafety().postProcessEnvironment(strong, new SpringApplication());
        new StartupSafety().postProcessEnvironment(demo, new SpringApplication());
        new StartupSafety().postProcessEnvironment(none, new SpringApplication());
        assertThat(StartupSafety.problem("root-admin", "Ha7-longer-secret")).isNull();
    }
}
