package com.callcentre.workflow.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness of this node's job executor ({@code /actuator/health/readiness}, "jobs"): a node meant
 * to run timers and mail ({@code camunda.bpm.job-execution.enabled}) is not ready while its job
 * executor is not acquiring; a node configured to run none (a web-only node) is ready without one.
 */
@Component("jobs")
class JobsHealth extends AbstractHealthIndicator {

    private final ProcessEngine engine;
    private final boolean enabled;

    JobsHealth(ProcessEngine engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
        this.engine = engine;
        this.enabled = enabled;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (!enabled) {
            health.up().withDetail("jobExecution", "disabled on this node");
        } else if (executor != null && executor.isActive()) {
            health.up();
        } else {
            health.down().withDetail("jobExecution", "not acquiring");
        }
    }
}
