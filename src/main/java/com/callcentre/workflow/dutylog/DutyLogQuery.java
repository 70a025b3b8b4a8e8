package com.callcentre.workflow.dutylog;

import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.InDateBounds;
import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * What {@code GET /api/duty-log?date=&shift=} asks for (HO-3): a day's log, of one shift or of all.
 *
 * @param shift DAY, EVENING or NIGHT; {@code null} for the whole day
 */
@TypedInput
record DutyLogQuery(@NotNull(message = "必填，格式 yyyy-MM-dd") @InDateBounds LocalDate date, ShiftType shift) {
}
