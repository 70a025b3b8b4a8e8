package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.ApiError;
import com.callcentre.workflow.system.RequestRecords;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/tickets/{ticketNo}/links} (issue 16): a complaint manager or director links two
 * duplicate tickets (LINK) or merges the ticket into the other one (MERGE); answers the ticket's
 * links. 403 for anyone else before the body is looked at; a bad body is a 400 naming the field.
 */
@RestController
class TicketLinkController {

    private final TicketLinkDesk desk;
    private final RequestRecords records;

    TicketLinkController(TicketLinkDesk desk, RequestRecords records) {
        this.desk = desk;
        this.records = records;
    }

    @PostMapping("/api/tickets/{ticketNo}/links")
    @ApiResponse(responseCode = "201", description = "已关联或已合并：本工单的全部关联")
    ResponseEntity<?> link(@PathVariable String ticketNo, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true, content = @Content(schema = @Schema(implementation = TicketLinkRequest.class)))
            @RequestBody JsonNode body) {
        if (!desk.mayLink()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "仅投诉管理员、客服部主任和客服中心主任可关联或合并工单");
        }
        TicketLinkRequest request = records.read(body, TicketLinkRequest.class);
        try {
            List<TicketView.Link> links = desk.link(ticketNo, request);
            return ResponseEntity.status(HttpStatus.CREATED).body(links);
        } catch (TicketLinkDesk.Refused e) {
            return ApiError.of(e.status, e.getMessage());
        }
    }
}
