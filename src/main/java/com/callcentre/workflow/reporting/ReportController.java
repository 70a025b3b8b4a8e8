package com.callcentre.workflow.reporting;

import com.callcentre.workflow.identity.AccessPolicy;
import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.system.ApiError;
import com.callcentre.workflow.system.InvalidInputException;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/weekly?week=2026-W47} and {@code /monthly?month=2026-11} (CP-8):
 * JSON, or CSV with {@code Accept: text/csv} or {@code ?format=csv}. Managers and directors
 * only: the {@code reports} application of {@link AccessPolicy}.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final ReportService reports;
    private final CurrentUser currentUser;

    ReportController(ReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @GetMapping("/weekly")
    ResponseEntity<?> weekly(@RequestParam(required = false) String week,
            @RequestParam(required = false) String format, @RequestHeader(value = HttpHeaders.ACCEPT, required = false)
            String accept) {
        return answer(() -> reports.weekly(week), format, accept);
    }

    @GetMapping("/monthly")
    ResponseEntity<?> monthly(@RequestParam(required = false) String month,
            @RequestParam(required = false) String format, @RequestHeader(value = HttpHeaders.ACCEPT, required = false)
            String accept) {
        return answer(() -> reports.monthly(month), format, accept);
    }

    private ResponseEntity<?> answer(Supplier<Report> report, String format, String accept) {
        if (!mayRead()) {
            return json(HttpStatus.FORBIDDEN, new ApiError(403, "仅投诉管理员和主任可查看报表", List.of()));
        }
        try {
            boolean csv = wantsCsv(format, accept);
            Report built = report.get();
            if (!csv) {
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(built);
            }
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(ReportCsv.MEDIA_TYPE))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(ReportCsv.fileName(built)).build().toString())
                    .body(ReportCsv.render(built));
        } catch (InvalidInputException e) {
            // Answered here, as JSON whatever was asked for: a CSV client still learns which field is wrong.
            return json(HttpStatus.BAD_REQUEST, new ApiError(400, "输入有误", e.problems()));
        }
    }

    /** The reports application's ACCESS: complaint managers and directors (AccessPolicy). */
    private boolean mayRead() {
        return currentUser.isAuthorized(Permissions.ACCESS, Resources.APPLICATION, AccessPolicy.REPORTS_APPLICATION);
    }

    /** {@code ?format=} decides; without it, an Accept header naming text/csv. */
    private static boolean wantsCsv(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw InvalidInputException.of("format", "格式只能是 json 或 csv");
            };
        }
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(CSV::equalsTypeAndSubtype);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static ResponseEntity<ApiError> json(HttpStatus status, ApiError body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
