package com.callcentre.workflow.escalation;

import com.callcentre.workflow.system.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sla/orders}: what the Cockpit plugin "SLA 监控" shows (SL-6). Read-only, so the
 * plugin calls it with the Cockpit session; 403 for those who may not watch running complaints.
 */
@RestController
class SlaMonitorController {

    private final SlaMonitor monitor;

    SlaMonitorController(SlaMonitor monitor) {
        this.monitor = monitor;
    }

    @GetMapping("/api/sla/orders")
    ResponseEntity<?> orders() {
        if (!monitor.mayMonitor()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "无权查看时限监控：仅投诉管理员、值班长、主任和质检员可查看");
        }
        return ResponseEntity.ok(monitor.board());
    }
}
