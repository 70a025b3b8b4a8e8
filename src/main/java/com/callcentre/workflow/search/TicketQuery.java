package com.callcentre.workflow.search;

import com.callcentre.workflow.complaint.ComplaintIntake.Category;
import com.callcentre.workflow.complaint.TicketStatus;
import com.callcentre.workflow.system.DateRange;
import com.callcentre.workflow.system.InDateBounds;
import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What {@code GET /api/tickets?…} asks for, read as a request record ({@code RequestRecords}): every
 * bad parameter is named at once (400), an unknown one too. Every filter is optional.
 *
 * @param phone      the customer's full number as typed (digits, spaces, {@code + - ( )}); matched by
 *                   its digits' keyed hash
 * @param department a department code: tickets that have or had an order for it
 * @param owner      a staff id, or {@code me} for the reader
 * @param from       registered on or after this day, in the business zone
 * @param to         registered on or before this day, in the business zone
 * @param repeat     {@code true}: repeat complaints only (with {@code repeatOf}); {@code false}: no filter
 * @param text       words of the description, case-insensitive
 * @param page       0-based
 * @param size       tickets a page, default {@link #DEFAULT_SIZE}, at most {@link #MAX_SIZE}
 */
@TypedInput
@DateRange(from = "from", to = "to", maxDays = TicketQuery.MAX_DAYS)
record TicketQuery(
        @Pattern(regexp = "(?=(?:\\D*\\d){5})[0-9+()\\- ]{5,30}",
                message = "不是有效的电话号码（至少 5 位数字，可含空格、+、-、括号）") String phone,
        @Size(max = 32, message = "最多 32 个字符") String ticketNo,
        TicketStatus.Status status,
        Category category,
        @Size(max = 32, message = "最多 32 个字符") String department,
        @Size(max = 64, message = "最多 64 个字符") String owner,
        @InDateBounds LocalDate from,
        @InDateBounds LocalDate to,
        @Pattern(regexp = "true|false", message = "须为 true 或 false") String repeat,
        @Size(max = 100, message = "最多 100 个字") String text,
        @Min(value = 0, message = "不能小于 0") @Max(value = MAX_PAGE, message = "不能大于 " + MAX_PAGE) Integer page,
        @Min(value = 1, message = "不能小于 1") @Max(value = MAX_SIZE, message = "每页最多 " + MAX_SIZE + " 条") Integer size,
        @Pattern(regexp = "json|csv", message = "格式只能是 json 或 csv") String format) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    /** Deep pages cost an offset scan each; nobody pages 10,000 pages by hand. */
    static final int MAX_PAGE = 10_000;
    /** No limit in practice on the period (a century); the range check is to >= from. */
    static final int MAX_DAYS = 36_600;
    static final String ME = "me";

    int pageOrFirst() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? DEFAULT_SIZE : size;
    }

    boolean repeatOnly() {
        return "true".equals(repeat);
    }
}
