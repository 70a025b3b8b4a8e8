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
 * ({@link ComplaintService#mayRead}), and of this ticket ({@link TicketReaders#mayView}, CP-9), as
 * {@code GET /api/complaints/{ticketNo}}: an agent who learns an instance id (a callback task) does
 * not read another agent's ticket through it.
 */
@RestController
class TicketHistoryController {

    private final ComplaintService complaints;
    private final TicketHistory history;
    private final TicketReaders readers;

    TicketHistoryController(ComplaintService complaints, TicketHistory history, TicketReaders readers) {
        this.complaints = complaints;
        this.history = history;
        this.readers = readers;
    }

    @GetMapping("/api/complaints/by-instance/{processInstanceId}/history")
    ResponseEntity<?> history(@PathVariable String processInstanceId) {
        if (!complaints.mayRead()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "无权查看工单轨迹");
        }
        return history.ofInstance(processInstanceId).<ResponseEntity<?>>map(view -> readers.mayView(view.ticketNo())
                        ? ResponseEntity.ok(view)
                        : ApiError.of(HttpStatus.FORBIDDEN, "无权查看该工单的轨迹：话务员只能查看本人登记的工单，"
                                + "或正在通话的来电号码的工单（CP-9）"))
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "没有属于流程实例 " + processInstanceId + " 的工单"));
    }
}
