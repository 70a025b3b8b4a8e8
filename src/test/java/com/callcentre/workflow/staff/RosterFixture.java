package com.callcentre.workflow.staff;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Shifts for tests, of this package and of later features (leave, swaps, escalation). Tests
 * write far in the future (2030), away from the demo roster, and remove what they wrote.
 */
public class RosterFixture {

    /** Tests' shifts are on or after this date; the demo roster covers only the coming weeks. */
    public static final LocalDate TEST_DATES_FROM = LocalDate.of(2030, 1, 1);

    private final Roster roster;
    private final JdbcClient jdbc;

    RosterFixture(Roster roster, JdbcClient jdbc) {
        this.roster = roster;
        this.jdbc = jdbc;
    }

    /** Rosters the employee on that shift; the shift's id. */
    public long shift(String userId, LocalDate date, ShiftType type) {
        return roster.addShift(userId, date, type);
    }

    /** Marks a shift as obtained by the swap (origin SWAP), as the swap feature will. */
    public void markSwapped(long shiftId, long swapId) {
        jdbc.sql("update shift set origin = 'SWAP', swap_id = ? where id = ?").params(swapId, shiftId).update();
    }

    /** Removes every test shift (from {@link #TEST_DATES_FROM} on). */
    public void removeTestShifts() {
        jdbc.sql("delete from shift where shift_date >= ?").param(TEST_DATES_FROM).update();
    }
}
