package com.callcentre.workflow.system;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database is out of reach (restarting, failing over): whatever was asked, the answer is 503
 * with a Chinese message and {@code Retry-After}, never a stack trace; the connection pool finds
 * the database again by itself. Recognised by the cause, whichever layer wrapped it.
 */
public final class Unavailable {

    public static final String MESSAGE = "数据库暂时不可用，请稍后重试";
    public static final int RETRY_AFTER_SECONDS = 10;

    private Unavailable() {
    }

    public static boolean databaseDown(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof ConnectException
                    || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // A query failed on a broken connection, then its rollback on the closed one: the rollback's
            // exception ("Connection is closed", no SQL state) overrides the query's, which says why.
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && rollback.getApplicationException() != exception
                    && databaseDown(rollback.getApplicationException())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
