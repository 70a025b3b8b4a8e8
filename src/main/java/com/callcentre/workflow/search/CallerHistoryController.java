package com.callcentre.workflow.search;

import com.callcentre.workflow.complaint.CallerHistory;
import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.system.ApiError;
import com.callcentre.workflow.system.RequestRecords;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/caller-history} {@code {"phone", "category"}} (issue 16, CP-3): the caller's
 * tickets of the window and the proposed original of a repeat, for the intake form before the
 * contact is registered ({@code complaint.CallerHistory}). CP-9: agents and the centre's supervisors
 * only, who see the same tickets by {@code GET /api/tickets?phone=}; every look is recorded like a
 * search by phone ({@link PhoneSearchRecorder}). A POST: the number travels in the body, never in a URL.
 */
@RestController
class CallerHistoryController {

    /** Who may look: agents, and those who see every ticket anyway. */
    static final List<String> READERS;

    static {
        List<String> readers = new ArrayList<>(TicketFinder.SEE_ALL);
        readers.add(StaffGroups.AGENT);
        READERS = List.copyOf(readers);
    }

    private final CallerHistory history;
    private final CurrentUser currentUser;
    private final RequestRecords records;

    CallerHistoryController(CallerHistory history, CurrentUser currentUser, RequestRecords records) {
        this.history = history;
        this.currentUser = currentUser;
        this.records = records;
    }

    @PostMapping("/api/caller-history")
    @ApiResponse(responseCode = "200", description = "来电客户近期工单及建议的重复投诉原工单",
            content = @Content(schema = @Schema(implementation = CallerHistory.History.class)))
    ResponseEntity<?> lookUp(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = CallerHistoryQuery.class))) @RequestBody JsonNode body) {
        // 403 before the body is looked at; then every bad field is named at once (400).
        if (!currentUser.isInAny(READERS)) {
            return ApiError.of(HttpStatus.FORBIDDEN, "无权查看来电客户的历史工单：仅话务员、投诉处理员、投诉管理员、值班长、主任和质检员可查看（CP-9）");
        }
        CallerHistoryQuery query = records.read(body, CallerHistoryQuery.class);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(history.of(query.phone(), query.category(), null));
    }
}
