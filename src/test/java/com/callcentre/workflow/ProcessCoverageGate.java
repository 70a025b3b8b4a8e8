package com.callcentre.workflow;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Process test coverage is part of the build: a process test class that covers less than 90%
 * of the flow nodes and sequence flows of the processes it runs fails. Reports are written
 * to {@code target/process-test-coverage/}.
 * <p>
 * The library registers its listener for every Spring test class. A class that starts
 * instances without testing the process (the API tests) is marked
 * {@code @ExcludeFromProcessCoverage} and gives the engine a collector that discards events
 * before each test ({@code new ProcessEngineAdapter(engine, event -> { }).initializeListeners()}):
 * excluded alone, the engine's coverage listener would have no state to record into.
 * <p>
 * The bean is primary because the library defines a default of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
class ProcessCoverageGate {

    static final double MINIMUM = 0.9;

    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.Companion.builder()
                .assertClassCoverageAtLeast(MINIMUM)
                .build();
    }
}
