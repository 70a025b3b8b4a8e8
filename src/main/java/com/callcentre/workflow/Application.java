package com.callcentre.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The customer-service centre's workflow application: an embedded Camunda 7 engine with its
 * webapps, the models under {@code processes/} and {@code forms/}, and the {@code /api} of the
 * features (package by feature: complaint, identity, system).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
