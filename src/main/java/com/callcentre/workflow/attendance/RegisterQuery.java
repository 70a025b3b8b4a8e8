package com.callcentre.workflow.attendance;

import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.YearMonth;

/** What {@code GET /api/attendance/register?month=2030-11} asks for, read as a request record. */
@TypedInput
record RegisterQuery(
        @NotNull(message = "必填，格式 yyyy-MM，例如 2030-11")
        @Pattern(regexp = "20\\d\\d-(0[1-9]|1[0-2])", message = "格式 yyyy-MM，2000-01 至 2099-12，例如 2030-11")
        String month) {

    YearMonth yearMonth() {
        return YearMonth.parse(month);
    }
}
