package com.callcentre.workflow.handover;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.QueryRecord;
import com.callcentre.workflow.system.RequestRecords;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/handovers?date=&shift=} (HO-1, HO-2, HO-4, HO-5): a day's shift handovers as
 * recorded, for the audit. Duty leaders and directors read every handover; anyone else only those
 * they handed over or took over.
 */
@RestController
@RequestMapping("/api/handovers")
class HandoverController {

    /** Who reads every handover: the duty leaders, the directors above them. */
    static final List<String> READERS = List.of(StaffGroups.DUTY_LEADER, StaffGroups.CS_DIRECTOR,
            StaffGroups.CENTER_DIRECTOR, Groups.CAMUNDA_ADMIN);

    private final Handovers handovers;
    private final CurrentUser currentUser;
    private final RequestRecords records;
    private final BusinessClock clock;

    HandoverController(Handovers handovers, CurrentUser currentUser, RequestRecords records, BusinessClock clock) {
        this.handovers = handovers;
        this.currentUser = currentUser;
        this.records = records;
        this.clock = clock;
    }

    /** 200 with the day's handovers in the order opened, each with its items; 400 naming each bad field. */
    @GetMapping
    ResponseEntity<List<HandoverView>> read(@QueryRecord(HandoverQuery.class) @RequestParam Map<String, String> query) {
        HandoverQuery q = records.read(query, HandoverQuery.class);
        String party = currentUser.isInAny(READERS) ? null : currentUser.id().orElse("");
        return ResponseEntity.ok(handovers.of(q.date(), q.shift(), party).stream()
                .map(h -> HandoverView.of(h, clock.zone())).toList());
    }
}
