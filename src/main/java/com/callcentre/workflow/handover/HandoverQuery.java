package com.callcentre.workflow.handover;

import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.InDateBounds;
import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * What {@code GET /api/handovers?date=&shift=} asks for: a day's handovers, of the shift that ended
 * (DAY, EVENING or NIGHT) or, {@code shift} left out, of all its shifts.
 */
@TypedInput
record HandoverQuery(@NotNull(message = "必填，格式 yyyy-MM-dd") @InDateBounds LocalDate date, ShiftType shift) {
}
