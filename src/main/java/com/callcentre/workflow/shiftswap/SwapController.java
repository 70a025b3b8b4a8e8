package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.system.ApiError;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/shift-swaps}: the requester asks for a swap (201, 400 naming bad fields, or 422
 * naming the rule); the two employees and the duty leaders read its status and decisions.
 */
@RestController
@RequestMapping("/api/shift-swaps")
class SwapController {

    private final SwapService swaps;

    SwapController(SwapService swaps) {
        this.swaps = swaps;
    }

    /**
     * The body, a {@link SwapForms.Body}, is checked with the roster ({@link SwapShifts}) before
     * anything is refused, so that every bad field, the record's and the roster's, is named at once.
     */
    @PostMapping
    @ApiResponse(responseCode = "201", description = "已提交换班申请")
    ResponseEntity<SwapService.Requested> request(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = SwapForms.Body.class))) @RequestBody JsonNode body) {
        SwapService.Requested requested = swaps.request(body);
        return ResponseEntity.created(URI.create("/api/shift-swaps/" + requested.requestId())).body(requested);
    }

    @GetMapping("/{requestId}")
    ResponseEntity<?> get(@PathVariable String requestId) {
        return swaps.find(requestId).<ResponseEntity<?>>map(swap -> swaps.mayRead(swap)
                ? ResponseEntity.ok(swaps.view(swap))
                : ApiError.of(HttpStatus.FORBIDDEN, "仅换班双方和值班长可查看换班申请"))
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "换班申请不存在: " + requestId));
    }
}
