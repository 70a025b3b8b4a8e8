package com.callcentre.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

/** A race lost to another transaction answers 409 (or is done again), never 500: what counts as one. */
class LostRaceTest {

    @Test
    void theEnginesOptimisticLockAndSpringsLockFailuresAreRaces() {
        assertThat(LostRace.in(new OptimisticLockingException("stale"))).isTrue();
        assertThat(LostRace.in(new CannotAcquireLockException("lock"))).isTrue();
    }

    @Test
    void aLockTimeoutOrDeadlockWrappedByTheEngineIsARace() {
        // H2's lock timeout (HYT00) and PostgreSQL's deadlock (40P01), as MyBatis and the engine wrap them.
        assertThat(LostRace.in(engineWrapped(new SQLException("Timeout trying to lock table", "HYT00", 50200)))).isTrue();
        assertThat(LostRace.in(engineWrapped(new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(LostRace.in(engineWrapped(new SQLException("could not obtain lock", "55P03")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(LostRace.in(engineWrapped(new SQLException("value too long", "22001")))).isFalse();
        assertThat(LostRace.in(new DataIntegrityViolationException("not null"))).isFalse();
        assertThat(LostRace.in(new IllegalStateException("bug"))).isFalse();
    }

    private static RuntimeException engineWrapped(SQLException sql) {
        return new ProcessEngineException("flush failed", new PersistenceException("update", sql));
    }
}
