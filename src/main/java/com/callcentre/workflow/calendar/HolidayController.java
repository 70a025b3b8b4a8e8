package com.callcentre.workflow.calendar;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.system.ApiError;
import com.callcentre.workflow.system.DateBounds;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.RequestRecords;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/holidays}: every signed-in user reads a year; administrators (group
 * {@code camunda-admin}) enter the schedule published each November, and correct it.
 */
@RestController
@RequestMapping("/api/holidays")
class HolidayController {

    private final HolidayCalendar holidays;
    private final CurrentUser currentUser;
    private final RequestRecords records;

    HolidayController(HolidayCalendar holidays, CurrentUser currentUser, RequestRecords records) {
        this.records = records;
        this.holidays = holidays;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<Holiday> year(@RequestParam(required = false) String year) {
        if (year == null || year.isBlank()) {
            throw InvalidInputException.of("year", "必填，例如 year=2026");
        }
        if (!year.trim().matches("\\d{4}")) {
            throw InvalidInputException.of("year", "须为四位数的年份，例如 2026");
        }
        return holidays.holidaysOf(Integer.parseInt(year.trim()));
    }

    /** Inserts or replaces one day: 201 if it was new, 200 if it replaced the listed one. */
    @PostMapping
    @ApiResponse(responseCode = "201", description = "新增的一天",
            content = @Content(schema = @Schema(implementation = Holiday.class)))
    @ApiResponse(responseCode = "200", description = "替换了表中已有的这一天",
            content = @Content(schema = @Schema(implementation = Holiday.class)))
    ResponseEntity<?> save(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = HolidayEntry.class))) @RequestBody JsonNode body) {
        if (!isAdministrator()) {
            return forbidden(); // before the body is looked at
        }
        Holiday holiday = records.read(body, HolidayEntry.class).holiday();
        boolean created = holidays.save(holiday);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(holiday);
    }

    /** Removes a wrongly entered day: the date then follows the week again. */
    @DeleteMapping("/{date}")
    @ApiResponse(responseCode = "204", description = "已删除")
    ResponseEntity<?> delete(@PathVariable String date) {
        if (!isAdministrator()) {
            return forbidden();
        }
        LocalDate day;
        try {
            // ISO_LOCAL_DATE is strict: 2027-02-30 is refused, not moved to March.
            day = LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("date", "不是有效日期，格式 yyyy-MM-dd");
        }
        if (!DateBounds.within(day)) {
            throw InvalidInputException.of("date", DateBounds.MESSAGE);
        }
        return holidays.delete(day) ? ResponseEntity.noContent().build()
                : ApiError.of(HttpStatus.NOT_FOUND, "节假日表中没有该日期: " + date);
    }

    /** The groups the authentication filter set on the engine for this request. */
    private boolean isAdministrator() {
        return currentUser.isIn(Groups.CAMUNDA_ADMIN);
    }

    private static ResponseEntity<ApiError> forbidden() {
        return ApiError.of(HttpStatus.FORBIDDEN, "仅管理员可维护节假日");
    }
}
