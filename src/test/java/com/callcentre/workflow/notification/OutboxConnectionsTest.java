package com.callcentre.workflow.notification;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;

/** A pool that mail deliveries could exhaust between them is refused at startup, with the settings named. */
class OutboxConnectionsTest {

    @Test
    void noMoreConnectionsThanJobThreadsRefusesToStartNamingBothSettings() {
        assertThatThrownBy(() -> new OutboxConnections(pool(10), camunda(10, true)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.datasource.hikari.maximum-pool-size (10)")
                .hasMessageContaining("camunda.bpm.job-execution.max-pool-size (10)");
    }

    @Test
    void oneConnectionMoreThanJobThreadsStarts() {
        assertThatCode(() -> new OutboxConnections(pool(11), camunda(10, true))).doesNotThrowAnyException();
    }

    @Test
    void aNodeWithoutJobExecutionSendsNoMailAndStartsWithAnyPool() {
        assertThatCode(() -> new OutboxConnections(pool(5), camunda(10, false))).doesNotThrowAnyException();
    }

    private static HikariDataSource pool(int size) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setMaximumPoolSize(size);
        return dataSource;
    }

    private static CamundaBpmProperties camunda(int jobThreads, boolean enabled) {
        CamundaBpmProperties properties = new CamundaBpmProperties();
        properties.getJobExecution().setMaxPoolSize(jobThreads);
        properties.getJobExecution().setEnabled(enabled);
        return properties;
    }
}
