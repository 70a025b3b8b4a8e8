package com.callcentre.workflow.bench;

import java.util.Map;

/**
 * The comparison of {@code lifecycle_default_tickets_per_s}: the same product started with
 * Camunda's (and Hikari's, and PostgreSQL's) defaults for what the tuning changed
 * (docs/performance.md): job executor, history, connection pool, JIT. Every value here is the
 * library's own default but the pool's, one larger than Hikari's 10: the smallest the product
 * starts with beside 10 job threads.
 */
final class Configurations {

    static final Map<String, String> PRODUCT = Map.of();

    static final Map<String, String> CAMUNDA_DEFAULTS = Map.ofEntries(
            // Hikari's default is 10; notification.OutboxConnections refuses a pool no larger than the job threads.
            Map.entry("spring.datasource.hikari.maximum-pool-size", "11"),
            // PostgreSQL's default, which application-postgres.yaml turns off for the product's sessions.
            Map.entry("spring.datasource.hikari.data-source-properties.options", "-c jit=on"),
            Map.entry("camunda.bpm.history-level", "full"),
            Map.entry("camunda.bpm.job-execution.core-pool-size", "3"),
            Map.entry("camunda.bpm.job-execution.max-pool-size", "10"),
            Map.entry("camunda.bpm.job-execution.queue-capacity", "3"),
            Map.entry("camunda.bpm.job-execution.max-jobs-per-acquisition", "3"),
            Map.entry("camunda.bpm.job-execution.wait-time-in-millis", "5000"),
            Map.entry("camunda.bpm.job-execution.max-wait", "60000"),
            Map.entry("camunda.bpm.job-execution.lock-time-in-millis", "300000"),
            Map.entry("camunda.bpm.generic-properties.properties.job-executor-prefer-timer-jobs", "false"),
            Map.entry("camunda.bpm.generic-properties.properties.job-executor-acquire-by-due-date", "false"));

    private Configurations() {
    }
}
