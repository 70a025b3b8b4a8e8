package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.ApiError;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/complaints}: the intake of CP-3 and a ticket's state and trail. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

    private final ComplaintService complaints;
    private final TicketReaders readers;

    ComplaintController(ComplaintService complaints, TicketReaders readers) {
        this.complaints = complaints;
        this.readers = readers;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "已登记")
    ResponseEntity<ComplaintService.Registered> register(@Valid @RequestBody ComplaintIntake intake) {
        ComplaintService.Registered registered = complaints.register(intake);
        return ResponseEntity.created(URI.create("/api/complaints/" + registered.ticketNo())).body(registered);
    }

    @GetMapping("/{ticketNo}")
    ResponseEntity<?> get(@PathVariable String ticketNo) {
        if (!complaints.mayRead()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "无权查看工单");
        }
        if (!complaints.exists(ticketNo)) {
            return ApiError.of(HttpStatus.NOT_FOUND, "工单不存在: " + ticketNo);
        }
        // CP-9: the customer's facts only to who needs them (docs/authorization.md, "Ticket search").
        if (!readers.mayView(ticketNo)) {
            return ApiError.of(HttpStatus.FORBIDDEN, "无权查看该工单：话务员只能查看本人登记的工单，"
                    + "或正在通话的来电号码的工单（先按来电号码查询，CP-9）");
        }
        return complaints.find(ticketNo).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "工单不存在: " + ticketNo));
    }
}
