package com.callcentre.workflow.attendance;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.leave.LeaveType;
import com.callcentre.workflow.system.ApiError;
import com.callcentre.workflow.system.QueryRecord;
import com.callcentre.workflow.system.RequestRecords;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published monthly register (seed 001 考勤: 每月公布一次), as it was frozen and mailed:
 * {@code GET /api/attendance/published?month=} gives duty leaders, directors and administrators
 * every line (or one, {@code employee=}), anyone else their own line only: naming someone else is a
 * 403. A line a duty leader corrected after publication is marked {@code correctedSincePublication}
 * (the live register, {@code /api/attendance/register}, has the correction). {@code published.csv}
 * is the whole published register, for duty leaders and directors. A month not published yet is a 404.
 */
@RestController
@RequestMapping("/api/attendance")
class PublishedRegisterController {

    /** What the reader gets. */
    record PublishedView(String month, OffsetDateTime publishedAt, String publishedBy, List<PublishedLine> lines) {
    }

    /** One person's line as published, and whether the live register differs now. */
    record PublishedLine(RegisterLine line, boolean correctedSincePublication) {
    }

    private final PublishedRegisters published;
    private final AttendanceRegister register;
    private final CurrentUser currentUser;
    private final RequestRecords records;
    private final PublishSchedule schedule;

    PublishedRegisterController(PublishedRegisters published, AttendanceRegister register, CurrentUser currentUser,
            RequestRecords records, PublishSchedule schedule) {
        this.published = published;
        this.register = register;
        this.currentUser = currentUser;
        this.records = records;
        this.schedule = schedule;
    }

    /** 200 with the lines the reader may see; 400 naming a bad parameter; 403 for another's line; 404 not published. */
    @GetMapping("/published")
    ResponseEntity<?> published(@QueryRecord(PublishedQuery.class) @RequestParam Map<String, String> query) {
        PublishedQuery q = records.read(query, PublishedQuery.class);
        boolean manager = currentUser.isInAny(AttendanceController.MANAGERS);
        String me = currentUser.id().orElseThrow();
        if (!manager && q.employee() != null && !q.employee().equals(me)) {
            return ApiError.of(HttpStatus.FORBIDDEN, "仅可查看本人的考勤（employee 须为本人工号）");
        }
        String who = manager ? q.employee() : me;
        PublishedRegisters.Published p = published.of(q.yearMonth()).orElse(null);
        if (p == null) {
            return ApiError.of(HttpStatus.NOT_FOUND, q.month() + " 的考勤登记表尚未公布");
        }
        Map<String, RegisterLine> live = register.of(q.yearMonth()).stream()
                .collect(Collectors.toMap(RegisterLine::employee, Function.identity()));
        List<PublishedLine> lines = p.lines().stream().filter(l -> who == null || l.employee().equals(who))
                .map(l -> new PublishedLine(l, !l.equals(live.get(l.employee())))).toList();
        return ResponseEntity.ok(new PublishedView(p.month().toString(), at(p.publishedAt()), p.publishedBy(), lines));
    }

    /** The whole published register as CSV (as {@code register.csv}), for duty leaders and directors. */
    @GetMapping("/published.csv")
    ResponseEntity<?> csv(@QueryRecord(PublishedQuery.class) @RequestParam Map<String, String> query) {
        if (!currentUser.isInAny(AttendanceController.MANAGERS)) {
            return ApiError.of(HttpStatus.FORBIDDEN, "仅值班长和客服部、客服中心主任可导出考勤登记表");
        }
        PublishedQuery q = records.read(query, PublishedQuery.class);
        PublishedRegisters.Published p = published.of(q.yearMonth()).orElse(null);
        if (p == null) {
            return ApiError.of(HttpStatus.NOT_FOUND, q.month() + " 的考勤登记表尚未公布");
        }
        List<RegisterLine> lines = p.lines().stream()
                .filter(l -> q.employee() == null || l.employee().equals(q.employee())).toList();
        byte[] csv = RegisterCsv.render(lines, Arrays.stream(LeaveType.values()).map(LeaveType::label).toList());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(RegisterCsv.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("published-" + RegisterCsv.fileName(q.yearMonth())).build().toString())
                .body(csv);
    }

    private OffsetDateTime at(Instant instant) {
        return instant.atZone(schedule.zone()).toOffsetDateTime();
    }
}
