package com.callcentre.workflow.attendance;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.leave.LeaveType;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.ApiError;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.QueryRecord;
import com.callcentre.workflow.system.RequestRecords;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/attendance} (考勤, seed 001; LV-2, LV-8, SW-6): duty leaders and directors record a
 * shift's attendance; the monthly register reads it per person: duty leaders, directors and
 * administrators every line, anyone else their own; its CSV is for duty leaders and directors only.
 * The role is checked before the request is looked at (403).
 */
@RestController
@RequestMapping("/api/attendance")
class AttendanceController {

    /** Who records attendance and reads every line: duty leaders (值班长), the directors, administrators. */
    static final List<String> MANAGERS = List.of(StaffGroups.DUTY_LEADER, StaffGroups.CS_DIRECTOR,
            StaffGroups.CENTER_DIRECTOR, Groups.CAMUNDA_ADMIN);

    private final RecordAttendance recording;
    private final AttendanceRegister register;
    private final CurrentUser currentUser;
    private final RequestRecords records;
    private final BusinessClock clock;

    AttendanceController(RecordAttendance recording, AttendanceRegister register, CurrentUser currentUser,
            RequestRecords records, BusinessClock clock) {
        this.recording = recording;
        this.register = register;
        this.currentUser = currentUser;
        this.records = records;
        this.clock = clock;
    }

    /** 200 with the records written (two for SW-6); 400 naming each bad field; 422 naming the rule; 403. */
    @PutMapping("/{date}/{shift}/{userId}")
    ResponseEntity<?> record(@PathVariable String date, @PathVariable String shift, @PathVariable String userId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = AttendanceEntry.class)))
            @RequestBody JsonNode body) {
        if (!currentUser.isInAny(MANAGERS)) {
            return ApiError.of(HttpStatus.FORBIDDEN, "仅值班长和客服部、客服中心主任可登记考勤");
        }
        LocalDate day = parseDate(date);
        ShiftType type = parseShift(shift);
        AttendanceEntry entry = records.read(body, AttendanceEntry.class);
        List<AttendanceRecord> written = recording.record(userId, day, type, entry, currentUser.id().orElseThrow());
        return ResponseEntity.ok(written.stream().map(r -> AttendanceView.of(r, clock.zone())).toList());
    }

    /** The month's register: every line for duty leaders and directors, one's own line for anyone else. */
    @GetMapping("/register")
    ResponseEntity<?> register(@QueryRecord(RegisterQuery.class) @RequestParam Map<String, String> query) {
        YearMonth month = month(query);
        List<RegisterLine> lines = register.of(month);
        if (!currentUser.isInAny(MANAGERS)) {
            String me = currentUser.id().orElseThrow();
            lines = lines.stream().filter(l -> l.employee().equals(me)).toList();
        }
        return ResponseEntity.ok(lines);
    }

    /** The month's register as CSV, for duty leaders and directors. */
    @GetMapping("/register.csv")
    ResponseEntity<?> csv(@QueryRecord(RegisterQuery.class) @RequestParam Map<String, String> query) {
        if (!currentUser.isInAny(MANAGERS)) {
            return ApiError.of(HttpStatus.FORBIDDEN, "仅值班长和客服部、客服中心主任可导出考勤登记表");
        }
        YearMonth month = month(query);
        byte[] csv = RegisterCsv.render(register.of(month), Arrays.stream(LeaveType.values()).map(LeaveType::label)
                .toList());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(RegisterCsv.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(RegisterCsv.fileName(month)).build().toString())
                .body(csv);
    }

    private YearMonth month(Map<String, String> query) {
        return records.read(query, RegisterQuery.class).yearMonth();
    }

    private static LocalDate parseDate(String date) {
        try {
            LocalDate day = LocalDate.parse(date);
            if (day.getYear() >= 2000 && day.getYear() <= 2099) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        throw InvalidInputException.of("date", "日期格式 yyyy-MM-dd，2000 至 2099 年");
    }

    private static ShiftType parseShift(String shift) {
        try {
            return ShiftType.valueOf(shift);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("shift", "班次可选 [DAY, EVENING, NIGHT]");
        }
    }
}
