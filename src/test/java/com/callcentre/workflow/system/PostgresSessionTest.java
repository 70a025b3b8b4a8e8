package com.callcentre.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.callcentre.workflow.ApplicationTest;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application's sessions on PostgreSQL, as application-postgres.yaml sets them. */
@ApplicationTest
@ExcludeFromProcessCoverage
class PostgresSessionTest {

    @Autowired
    JdbcClient jdbc;

    /** The engine's short queries are not compiled first (docs/performance.md, "Timers"). */
    @Test
    void theApplicationsSessionsRunWithoutJitCompilation() {
        assumeTrue(System.getProperty("spring.profiles.active", "").contains("postgres"), "PostgreSQL only");

        assertThat(jdbc.sql("show jit").query(String.class).single()).isEqualTo("off");
    }
}
