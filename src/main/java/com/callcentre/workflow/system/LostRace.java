package com.callcentre.workflow.system;

import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Whether a failure means another transaction was a moment faster on the same rows: the engine's
 * optimistic lock, a unique key, a row lock that timed out or a deadlock (SQL state 40xxx,
 * PostgreSQL's 55P03, H2's HYT00 lock timeout), however deep the engine or Spring wrapped it. Such a
 * failure is a race the user lost (409, or the action done again), never a 500. A statement that is
 * merely slow (a query timeout) is not one: doing it again would only add load.
 */
public final class LostRace {

    private LostRace() {
    }

    public static boolean in(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof DuplicateKeyException
                    || cause instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql && isRace(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRace(String state) {
        return state != null && (state.startsWith("40") || state.equals("55P03") || state.equals("HYT00")
                || state.equals("23505"));
    }
}
