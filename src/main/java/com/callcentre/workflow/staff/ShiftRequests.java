package com.callcentre.workflow.staff;

import com.callcentre.workflow.system.DateRange;
import com.callcentre.workflow.system.InDateBounds;
import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** What {@code /api/shifts} is given, as request records. */
final class ShiftRequests {

    /** The longest period one GET lists, both ends included: about a quarter. */
    static final int MAX_DAYS = 93;

    private ShiftRequests() {
    }

    /** A shift to add, as {@code POST /api/shifts} gives it. */
    @TypedInput
    record NewShift(
            @NotBlank(message = "必填，员工的用户名，例如 agent1") @OnRoster String employee,
            @NotNull(message = "必填，格式 yyyy-MM-dd") @InDateBounds LocalDate date,
            @NotNull(message = "必填，可选 [DAY, EVENING, NIGHT]") ShiftType type) {
    }

    /** What {@code GET /api/shifts?employee=&from=&to=} asks for; {@code employee} null for everyone. */
    @TypedInput
    @DateRange(from = "from", to = "to", maxDays = MAX_DAYS)
    record Period(
            @OnRoster String employee,
            @NotNull(message = "必填，格式 yyyy-MM-dd") @InDateBounds LocalDate from,
            @NotNull(message = "必填，格式 yyyy-MM-dd") @InDateBounds LocalDate to) {
    }
}
