package com.callcentre.workflow.notification;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;

/**
 * A mail delivery holds two connections at once: the job's own and, briefly, one for the outbox
 * row's claim or mark, committed on its own ({@link MailOutbox}). With no more connections in the
 * pool than job threads, every thread can hold one and wait for a second that none will give
 * back: the pool is stuck until its timeout, and every user's request with it (503s). Seen in the
 * benchmark with Hikari's default pool of 10 and Camunda's default of 10 job threads. So the
 * application refuses to start with such a pool, and says which setting to change. One more
 * connection than job threads rules out the deadlock, not waiting: the web threads need their
 * own share (docs/operations.md sizes the pool at 30 for 10 job threads).
 */
@Component
class OutboxConnections {

    OutboxConnections(DataSource dataSource, CamundaBpmProperties camunda) throws SQLException {
        if (!camunda.getJobExecution().isEnabled() || !dataSource.isWrapperFor(HikariDataSource.class)) {
            return;
        }
        String problem = problem(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize(),
                camunda.getJobExecution().getMaxPoolSize());
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    static String problem(int connections, int jobThreads) {
        if (connections > jobThreads) {
            return null;
        }
        return "spring.datasource.hikari.maximum-pool-size (" + connections
                + ") must be larger than camunda.bpm.job-execution.max-pool-size (" + jobThreads
                + "): a job thread sending mail holds a second connection for the outbox, and with no more"
                + " connections than job threads they can all wait for each other (docs/operations.md)";
    }
}
