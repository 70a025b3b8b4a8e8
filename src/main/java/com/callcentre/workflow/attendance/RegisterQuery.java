package com.callcentre.workflow.attendance;

import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;

/** What {@code GET /api/attendance/register?month=2030-11} asks for, read as a request record. */
@TypedInput
record RegisterQuery(@NotNull(message = "必填，格式 yyyy-MM，例如 2030-11") YearMonth month) {
}
