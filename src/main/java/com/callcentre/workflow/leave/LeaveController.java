package com.callcentre.workflow.leave;

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

/** {@code /api/leave-requests}: ask for leave (LV-1 … LV-9) and read a request with its decisions. */
@RestController
@RequestMapping("/api/leave-requests")
class LeaveController {

    private final LeaveService leave;

    LeaveController(LeaveService leave) {
        this.leave = leave;
    }

    /** 201 {requestId, processInstanceId}; 400 naming every bad field, 422 naming a rule (RuleRefusal). */
    @PostMapping
    @ApiResponse(responseCode = "201", description = "已提交请假申请")
    ResponseEntity<LeaveService.Submitted> submit(@Valid @RequestBody LeaveForm form) {
        LeaveService.Submitted submitted = leave.submit(form);
        return ResponseEntity.created(URI.create("/api/leave-requests/" + submitted.requestId())).body(submitted);
    }

    @GetMapping("/{requestId}")
    ResponseEntity<?> get(@PathVariable String requestId) {
        return leave.find(requestId).<ResponseEntity<?>>map(request -> leave.mayRead(request)
                ? ResponseEntity.ok(leave.view(request))
                : ApiError.of(HttpStatus.FORBIDDEN, "无权查看该请假申请"))
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "请假申请不存在: " + requestId));
    }
}
