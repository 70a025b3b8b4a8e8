package com.callcentre.workflow.quality;

import com.callcentre.workflow.system.InDateBounds;
import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * What {@code GET /api/quality/summary?period=week|month&date=} asks for (QA-1): the week (Monday
 * to Sunday) or the calendar month that holds the date.
 */
@TypedInput
record SummaryQuery(
        @NotNull(message = "必填：week（周）或 month（月）")
        @Pattern(regexp = "week|month", message = "只能是 week（周）或 month（月）") String period,
        @NotNull(message = "必填，格式 yyyy-MM-dd") @InDateBounds LocalDate date) {
}
