package com.callcentre.workflow.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Chooses the test SMTP server's port before a test context reads {@code spring.mail.port}
 * (application-test.yaml: {@code ${test.smtp.port}}), whichever test class starts the first context.
 */
public class TestSmtpPort implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Loading the class chooses the port and publishes it as a system property.
        int port = TestSmtp.PORT;
        assert port > 0;
    }
}
