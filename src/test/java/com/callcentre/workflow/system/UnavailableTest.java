package com.callcentre.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

/** What counts as the database being out of reach (a 503), whichever layer wrapped it. */
class UnavailableTest {

    @Test
    void aRollbackThatFailedOnTheClosedConnectionAfterABrokenQueryIsAnOutage() {
        // As the engine's transaction ends when PostgreSQL stops under a pooled connection: the query
        // fails with 08006, then its rollback with Hikari's "Connection is closed" (no SQL state).
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new RuntimeException("persistence",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        assertThat(Unavailable.databaseDown(new RuntimeException("engine", rollback))).isTrue();
    }

    @Test
    void aRollbackAfterAnApplicationErrorIsNoOutage() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalStateException("a bug"));

        assertThat(Unavailable.databaseDown(rollback)).isFalse();
        assertThat(Unavailable.databaseDown(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(Unavailable.databaseDown(new SQLException("terminating connection", "57P01"))).isTrue();
    }
}
