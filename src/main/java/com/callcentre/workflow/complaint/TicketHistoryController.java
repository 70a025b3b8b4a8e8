package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/complaints/by-instance/{processInstanceId}/history}: the Cockpit tab 工单轨迹
 * knows the process instance, not the ticket number. Readers of tickets only
 * ({@link ComplaintService#mayRead}, as {@code GET /api/complaints/{ticketNo}}).
 */
@RestController
class TicketHistoryController {

    private final ComplaintService complaints;
    private final TicketHistory history;

    TicketHistoryController(ComplaintService complaints, TicketHistory history) {
        this.complaints = complaints;
        this.history = history;
    }

    @GetMapping("/api/complaints/by-instance/{processInstanceId}/history")
    ResponseEntity<?> history(@PathVariable String processInstanceId) {
        if (!complaints.mayRead()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "无权查看工单轨迹");
        }
        return history.ofInstance(processInstanceId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "没有属于流程实例 " + processInstanceId + " 的工单"));
    }
}
