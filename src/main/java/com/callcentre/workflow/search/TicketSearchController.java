package com.callcentre.workflow.search;

import com.callcentre.workflow.complaint.ComplaintService;
import com.callcentre.workflow.complaint.TicketSearch;
import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.system.ApiError;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.Departments;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.RequestRecords;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/tickets?phone=&ticketNo=&status=&category=&department=&owner=&from=&to=&repeat=&text=&page=&size=}
 * (issue 16): {@code {"items": [...], "total": n, "totalExact": true}}, newest first, each reader limited to what their
 * role may see ({@link TicketFinder}), each item saying whether the reader may open the ticket's view
 * ({@link TicketRow#mayOpen()}: a liaison may not); {@code GET /api/tickets.csv} (or {@code ?format=csv}) the same
 * for the managers as CSV. 403 before the query is looked at; a bad parameter is a 400 naming it.
 * {@code GET /api/ticket-phone-searches}: the record of searches by number, for the quality inspector.
 */
@RestController
class TicketSearchController {

    /** The most tickets one CSV holds, newest first; the answer's {@code X-Total-Count} says how many matched. */
    static final int MAX_EXPORT = 10_000;
    static final int MAX_LOG = 200;

    private final TicketFinder finder;
    private final PhoneSearchLog log;
    private final RequestRecords records;
    private final CurrentUser currentUser;
    private final Departments departments;
    private final BusinessClock clock;
    private final ComplaintService complaints;
    private final TicketAccess access;

    TicketSearchController(TicketFinder finder, PhoneSearchLog log, RequestRecords records, CurrentUser currentUser,
            Departments departments, BusinessClock clock, ComplaintService complaints, TicketAccess access) {
        this.finder = finder;
        this.log = log;
        this.records = records;
        this.currentUser = currentUser;
        this.departments = departments;
        this.clock = clock;
        this.complaints = complaints;
        this.access = access;
    }

    /**
     * The answer of the search: the page's tickets and how many match in all; {@code totalExact}
     * false when the count stopped at its limit ({@code complaint.search-count-limit}) and there are
     * at least {@code total}.
     */
    record Answer(List<TicketRow> items, long total, boolean totalExact) {
    }

    @GetMapping("/api/tickets")
    ResponseEntity<?> search(@RequestParam Map<String, String> query) {
        if (!finder.mayRead()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "无权查询工单：仅话务员、部门联络员、投诉处理员、投诉管理员、值班长、主任和质检员可查询");
        }
        TicketQuery q = records.read(query, TicketQuery.class);
        if ("csv".equals(q.format())) {
            return csv(q);
        }
        TicketSearch.Found found = finder.find(q);
        // Asked after the search has committed: an agent's search by number opens the caller's tickets (CP-3).
        boolean readsViews = complaints.mayRead();
        boolean seesAll = finder.seesAll();
        List<TicketRow> rows = found.items().stream()
                .map(hit -> TicketRow.of(hit, readsViews && (seesAll || access.mayView(hit.ticketNo())))).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Answer(rows, found.total(), found.totalExact()));
    }

    @GetMapping("/api/tickets.csv")
    ResponseEntity<?> export(@RequestParam Map<String, String> query) {
        if (!finder.mayExport()) {
            return json(HttpStatus.FORBIDDEN, "仅投诉管理员、客服部主任和客服中心主任可导出工单");
        }
        try {
            return csv(records.read(query, TicketQuery.class));
        } catch (InvalidInputException e) {
            // As JSON whatever was asked for: a CSV client still learns which parameter is wrong.
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError(400, "输入有误", e.problems()));
        }
    }

    private ResponseEntity<?> csv(TicketQuery q) {
        if (!finder.mayExport()) {
            return json(HttpStatus.FORBIDDEN, "仅投诉管理员、客服部主任和客服中心主任可导出工单");
        }
        TicketSearch.Found found = finder.findAll(q, MAX_EXPORT);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(TicketCsv.MEDIA_TYPE))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(TicketCsv.FILE_NAME).build().toString())
                .header("X-Total-Count", Long.toString(found.total()))
                .body(TicketCsv.render(found.items(), clock.zone(), departments::nameOf));
    }

    /** CP-9: the searches by number, newest first; {@code ?phone=} those for one number. */
    @GetMapping("/api/ticket-phone-searches")
    ResponseEntity<?> searches(@RequestParam(required = false) String phone) {
        if (!currentUser.isInAny(List.of(StaffGroups.QUALITY_INSPECTOR, Groups.CAMUNDA_ADMIN))) {
            return ApiError.of(HttpStatus.FORBIDDEN, "只有质检员可以查看按号码查询工单的记录（CP-9）");
        }
        String hash = phone == null || phone.isBlank() ? null : finder.hashOf(phone);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(log.latest(hash, MAX_LOG));
    }

    private static ResponseEntity<ApiError> json(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), message, List.of()));
    }
}
