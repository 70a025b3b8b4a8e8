package com.callcentre.workflow.staff;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.system.ApiError;
import com.callcentre.workflow.system.QueryRecord;
import com.callcentre.workflow.system.RequestRecords;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/shifts}: every signed-in user reads the roster; duty leaders and administrators
 * roster a shift. Query and body are request records ({@link ShiftRequests}): every bad field is
 * named at once.
 */
@RestController
@RequestMapping("/api/shifts")
class ShiftController {

    private static final List<String> WRITERS = List.of(StaffGroups.DUTY_LEADER, Groups.CAMUNDA_ADMIN);

    private final Roster roster;
    private final ShiftTimes times;
    private final CurrentUser currentUser;
    private final RequestRecords records;

    ShiftController(Roster roster, ShiftTimes times, CurrentUser currentUser, RequestRecords records) {
        this.records = records;
        this.roster = roster;
        this.times = times;
        this.currentUser = currentUser;
    }

    /** {@code ?employee=&from=&to=}: dates included, in time order, then by employee. */
    @GetMapping
    List<ShiftView> list(@QueryRecord(ShiftRequests.Period.class) @RequestParam Map<String, String> query) {
        ShiftRequests.Period period = records.read(query, ShiftRequests.Period.class);
        List<Shift> shifts = period.employee() == null ? roster.shifts(period.from(), period.to())
                : roster.shiftsOf(period.employee(), period.from(), period.to());
        Set<Long> onLeave = roster.onLeave(shifts);
        return shifts.stream().map(s -> ShiftView.of(s, times.zone(), onLeave.contains(s.id()))).toList();
    }

    /** 201 with the new shift's id. */
    @PostMapping
    @ApiResponse(responseCode = "201", description = "已排班：新班次的 id",
            content = @Content(schema = @Schema(type = "object", example = "{\"id\": 42}")))
    ResponseEntity<?> add(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = ShiftRequests.NewShift.class))) @RequestBody JsonNode body) {
        if (!mayRoster()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "仅值班长和管理员可排班"); // before the body is looked at
        }
        ShiftRequests.NewShift shift = records.read(body, ShiftRequests.NewShift.class);
        long id = roster.addShift(shift.employee(), shift.date(), shift.type());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
    }

    @ExceptionHandler(DuplicateShiftException.class)
    ResponseEntity<ApiError> duplicate(DuplicateShiftException e) {
        return ApiError.of(HttpStatus.CONFLICT, e.getMessage());
    }

    /** The groups the authentication filter set on the engine for this request. */
    private boolean mayRoster() {
        return currentUser.isInAny(WRITERS);
    }
}
