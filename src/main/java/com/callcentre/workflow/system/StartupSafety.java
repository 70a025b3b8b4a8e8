package com.callcentre.workflow.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Production starts with no default password (docs/security.md): outside the {@code demo}
 * profile, a first administrator named by {@code camunda.bpm.admin-user.id} needs a password of
 * at least 10 characters that is not the user id nor a well-known one; otherwise the application
 * refuses to start and says which property to set. (Camunda would take the id as the password.)
 */
public class StartupSafety implements EnvironmentPostProcessor {

    static final Set<String> KNOWN = Set.of("admin", "demo", "camunda", "password", "123456", "changeme");
    static final int MIN_LENGTH = 10;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean demo = Arrays.asList(environment.getActiveProfiles()).contains("demo")
                || environment.getActiveProfiles().length == 0 && Arrays.asList(environment.getDefaultProfiles()).contains("demo");
        String id = environment.getProperty("camunda.bpm.admin-user.id");
        if (demo || id == null || id.isBlank()) {
            return;
        }
        String problem = problem(id, environment.getProperty("camunda.bpm.admin-user.password"));
        if (problem != null) {
            throw new IllegalStateException("camunda.bpm.admin-user.password: " + problem
                    + " (set CAMUNDA_BPM_ADMINUSER_PASSWORD from a secret; docs/security.md)");
        }
    }

    static String problem(String id, String password) {
        if (password == null || password.isBlank()) {
            return "the first administrator needs a password of its own";
        }
        if (password.length() < MIN_LENGTH) {
            return "at least " + MIN_LENGTH + " characters";
        }
        if (password.equalsIgnoreCase(id) || KNOWN.contains(password.toLowerCase(Locale.ROOT))) {
            return "not the user id nor a well-known password";
        }
        return null;
    }
}
