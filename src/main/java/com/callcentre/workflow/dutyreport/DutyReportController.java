package com.callcentre.workflow.dutyreport;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.system.ApiError;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.QueryRecord;
import com.callcentre.workflow.system.RequestRecords;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/duty-reports?from=2030-03-01&to=2030-03-31&kind=DAILY} (RP-1): the filed duty
 * reports. The cs-director and the centre director (and administrators) read all of them; a duty
 * leader reads the days they were rostered for or wrote and every month's analysis (the duty
 * leaders write it together); anyone else gets 403, before the query is looked at. The query is a
 * request record ({@link DutyReportQuery}): a bad field is a 400 naming it, in the one error shape.
 */
@RestController
@RequestMapping("/api/duty-reports")
class DutyReportController {

    /** Who reads every report: the report goes to the cs-director (RP-1), the centre director above. */
    static final List<String> READ_ALL = List.of(StaffGroups.CS_DIRECTOR, StaffGroups.CENTER_DIRECTOR,
            Groups.CAMUNDA_ADMIN);

    private final DutyReports reports;
    private final CurrentUser currentUser;
    private final RequestRecords records;
    private final BusinessClock clock;

    DutyReportController(DutyReports reports, CurrentUser currentUser, RequestRecords records, BusinessClock clock) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.records = records;
        this.clock = clock;
    }

    /** 200 with the reports, oldest first; 400 naming each bad field; 403 for anyone but directors and duty leaders. */
    @GetMapping
    ResponseEntity<?> list(@QueryRecord(DutyReportQuery.class) @RequestParam Map<String, String> query) {
        boolean readsAll = currentUser.isInAny(READ_ALL);
        if (!readsAll && !currentUser.isIn(StaffGroups.DUTY_LEADER)) {
            return ApiError.of(HttpStatus.FORBIDDEN, "仅客服部主任、客服中心主任和值班长可查看值班汇报（RP-1）");
        }
        DutyReportQuery q = records.read(query, DutyReportQuery.class);
        String onlyOf = readsAll ? null : currentUser.id().orElseThrow();
        return ResponseEntity.ok(reports.between(q.from(), q.to(), q.kind(), onlyOf).stream()
                .map(r -> DutyReportView.of(r, clock.zone())).toList());
    }
}
