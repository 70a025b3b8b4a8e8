package com.callcentre.workflow.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.callcentre.workflow.system.Validators;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link OnRoster}: a user id on the roster, named with the id when it is not. */
class OnRosterTest {

    private final Roster roster = mock(Roster.class);
    private final Validator validator = Validators.with(key -> key == OnRoster.Check.class
            ? new OnRoster.Check(roster) : null);

    @Test
    void anEmployeeOnTheRosterPassesAnyoneElseIsNamed() {
        when(roster.employee(anyString())).thenReturn(Optional.empty());
        when(roster.employee("agent1")).thenReturn(Optional.of(mock(Employee.class)));
        LocalDate day = LocalDate.of(2030, 1, 8);

        assertThat(Validators.problems(validator, new ShiftRequests.NewShift("agent1", day, ShiftType.DAY))).isEmpty();
        assertThat(Validators.problems(validator, new ShiftRequests.NewShift("nobody", day, ShiftType.DAY)))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("employee", "未知员工: nobody"));
        assertThat(Validators.problems(validator, new ShiftRequests.Period(null, day, day)))
                .as("no employee: everyone's shifts").isEmpty();
    }
}
