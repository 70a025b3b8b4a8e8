package com.callcentre.workflow.dutylog;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.system.ApiError;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.QueryRecord;
import com.callcentre.workflow.system.RequestRecords;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/duty-log} (HO-3): the duty leader on duty writes the shift's log; duty leaders and
 * directors read a day's or a shift's log. Anyone else gets 403 before the request is looked at.
 */
@RestController
@RequestMapping("/api/duty-log")
class DutyLogController {

    /** Who reads the log: the duty leaders (the incoming reads the outgoing's), the directors above them. */
    static final List<String> READERS = List.of(StaffGroups.DUTY_LEADER, StaffGroups.CS_DIRECTOR,
            StaffGroups.CENTER_DIRECTOR, Groups.CAMUNDA_ADMIN);

    private final DutyLog log;
    private final DutyLogEntries entries;
    private final DutyShifts shifts;
    private final CurrentUser currentUser;
    private final RequestRecords records;
    private final BusinessClock clock;

    DutyLogController(DutyLog log, DutyLogEntries entries, DutyShifts shifts, CurrentUser currentUser,
            RequestRecords records, BusinessClock clock) {
        this.log = log;
        this.entries = entries;
        this.shifts = shifts;
        this.currentUser = currentUser;
        this.records = records;
        this.clock = clock;
    }

    /**
     * 201 with the entry; 403 for anyone but the duty leader on duty now (HO-3: the shift's duty
     * leader keeps the log); 400 naming each bad field.
     */
    @PostMapping
    @Transactional
    @ApiResponse(responseCode = "201", description = "已记入值班日志")
    ResponseEntity<?> write(@Valid @RequestBody DutyLogForm form) {
        String user = currentUser.id().orElse(null);
        if (user == null || !shifts.leadersAt(BusinessClock.now()).contains(user)) {
            return ApiError.of(HttpStatus.FORBIDDEN, "仅当班值班长可填写值班日志（HO-3）");
        }
        long id = log.write(form.kind(), form.text(), blankToNull(form.ticketNo()), blankToNull(form.emergencyNo()),
                user);
        DutyLogEntry written = entries.byId(id);
        return ResponseEntity.status(HttpStatus.CREATED).body(DutyLogView.of(written, clock.zone()));
    }

    /** 200 with the entries in the order written; 400 naming each bad field; 403 for anyone but duty leaders and directors. */
    @GetMapping
    ResponseEntity<?> read(@QueryRecord(DutyLogQuery.class) @RequestParam Map<String, String> query) {
        if (!currentUser.isInAny(READERS)) {
            return ApiError.of(HttpStatus.FORBIDDEN, "仅值班长、客服部主任和客服中心主任可查看值班日志（HO-3）");
        }
        DutyLogQuery q = records.read(query, DutyLogQuery.class);
        return ResponseEntity.ok(entries.of(q.date(), q.shift()).stream()
                .map(e -> DutyLogView.of(e, clock.zone())).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
