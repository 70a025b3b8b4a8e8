package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/tickets/{ticketNo}/links} (issue 16): link the ticket to another one (LINK,
 * both go on) or merge it, as the duplicate, into the other one (MERGE). {@code callerConfirmed}:
 * the manager confirms merging tickets of two different callers' phones (refused without it).
 */
@TypedInput
record TicketLinkRequest(
        @NotBlank(message = "必填")
        @Pattern(regexp = TicketNumbers.PATTERN, message = "不是有效的工单号") String otherTicketNo,
        @NotNull(message = "必填（LINK 关联或 MERGE 合并）") Kind kind,
        @NotBlank(message = "必填") @Size(max = 500, message = "最多 500 个字") String reason,
        Boolean callerConfirmed) {

    enum Kind {
        /** 关联: both tickets stay as they are. */
        LINK,
        /** 合并: the ticket of the path ends as merged into {@code otherTicketNo}. */
        MERGE
    }

    boolean confirmed() {
        return Boolean.TRUE.equals(callerConfirmed);
    }
}
