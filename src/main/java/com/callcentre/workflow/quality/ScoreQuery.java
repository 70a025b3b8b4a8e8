package com.callcentre.workflow.quality;

import com.callcentre.workflow.system.DateRange;
import com.callcentre.workflow.system.InDateBounds;
import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * What {@code GET /api/quality/scores?agent=&from=&to=} asks for (QA-1): the listenings of calls
 * made between the dates, both included; of one agent, or of everyone (agents: always their own).
 */
@TypedInput
@DateRange(from = "from", to = "to", maxDays = ScoreQuery.MAX_DAYS)
record ScoreQuery(
        @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "须为员工账号（字母、数字、.、_、-，最多 64 个）") String agent,
        @NotNull(message = "必填，格式 yyyy-MM-dd") @InDateBounds LocalDate from,
        @NotNull(message = "必填，格式 yyyy-MM-dd") @InDateBounds LocalDate to) {

    /** The longest period one request reads, both ends included: a year. */
    static final int MAX_DAYS = 366;
}
