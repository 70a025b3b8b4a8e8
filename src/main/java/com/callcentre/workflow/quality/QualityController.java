package com.callcentre.workflow.quality;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.system.ApiError;
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
 * The listenings' scores and summaries (QA-1). Quality inspectors, complaint managers, the
 * directors (and administrators) read everyone's; an agent reads only their own: another agent's
 * scores are a 403, and an agent's summary holds their own row only, without teams. Anyone else
 * gets 403, before the query is looked at. Queries are request records: a bad field is a 400
 * naming it, in the one error shape.
 */
@RestController
@RequestMapping("/api/quality")
class QualityController {

    static final List<String> READ_ALL = List.of(StaffGroups.QUALITY_INSPECTOR, StaffGroups.COMPLAINT_MANAGER,
            StaffGroups.CS_DIRECTOR, StaffGroups.CENTER_DIRECTOR, Groups.CAMUNDA_ADMIN);

    private final ListeningBook book;
    private final QualitySummaries summaries;
    private final CurrentUser currentUser;
    private final RequestRecords records;

    QualityController(ListeningBook book, QualitySummaries summaries, CurrentUser currentUser,
            RequestRecords records) {
        this.book = book;
        this.summaries = summaries;
        this.currentUser = currentUser;
        this.records = records;
    }

    /** {@code GET /api/quality/scores?agent=agent1&from=2030-03-01&to=2030-03-31}: by call date, oldest first. */
    @GetMapping("/scores")
    ResponseEntity<?> scores(@QueryRecord(ScoreQuery.class) @RequestParam Map<String, String> query) {
        boolean readsAll = currentUser.isInAny(READ_ALL);
        if (!readsAll && !currentUser.isIn(StaffGroups.AGENT)) {
            return forbidden();
        }
        ScoreQuery q = records.read(query, ScoreQuery.class);
        String agent = q.agent();
        if (!readsAll) {
            String self = currentUser.id().orElseThrow();
            if (agent != null && !agent.equals(self)) {
                return ApiError.of(HttpStatus.FORBIDDEN, "话务员只能查看本人的质检得分（QA-1）");
            }
            agent = self;
        }
        return ResponseEntity.ok(book.between(q.from(), q.to(), agent).stream().map(ScoreView::of).toList());
    }

    /** {@code GET /api/quality/summary?period=month&date=2030-03-15}: per agent (with the quota) and per team. */
    @GetMapping("/summary")
    ResponseEntity<?> summary(@QueryRecord(SummaryQuery.class) @RequestParam Map<String, String> query) {
        boolean readsAll = currentUser.isInAny(READ_ALL);
        if (!readsAll && !currentUser.isIn(StaffGroups.AGENT)) {
            return forbidden();
        }
        SummaryQuery q = records.read(query, SummaryQuery.class);
        return ResponseEntity.ok(summaries.of(q.period(), q.date(), readsAll ? null : currentUser.id().orElseThrow()));
    }

    private static ResponseEntity<?> forbidden() {
        return ApiError.of(HttpStatus.FORBIDDEN, "仅质检员、投诉管理员、客服部主任、客服中心主任和话务员本人可查看质检得分（QA-1）");
    }
}
