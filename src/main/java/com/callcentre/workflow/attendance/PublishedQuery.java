package com.callcentre.workflow.attendance;

import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.YearMonth;

/**
 * What {@code GET /api/attendance/published?month=2030-11&employee=agent1} asks for: the month, and
 * optionally one person (anyone but a duty leader or director may name only themselves).
 */
@TypedInput
record PublishedQuery(
        @NotNull(message = "必填，格式 yyyy-MM，例如 2030-11")
        @Pattern(regexp = "20\\d\\d-(0[1-9]|1[0-2])", message = "格式 yyyy-MM，2000-01 至 2099-12，例如 2030-11")
        String month,
        @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "工号：1 至 64 位字母、数字、点、下划线或连字符")
        String employee) {

    YearMonth yearMonth() {
        return YearMonth.parse(month);
    }
}
