package com.callcentre.workflow.attendance;

import com.callcentre.workflow.staff.RosterFixture;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.ProcessKeys;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Attendance in November 2030, away from the demo roster and other tests' weeks. Leave requests and
 * swaps are written straight to their tables in the state a test needs (as {@code SwapFixture} does);
 * {@link #clean()} removes what the tests wrote.
 */
public class AttendanceFixture {

    static final LocalDate MONDAY = LocalDate.of(2030, 11, 4);
    /** After the month: every November shift has begun. */
    static final String DECEMBER = "2030-12-02T09:00+08:00";

    private final RosterFixture roster;
    private final JdbcClient jdbc;
    private final ProcessEngine engine;

    AttendanceFixture(RosterFixture roster, JdbcClient jdbc, ProcessEngine engine) {
        this.roster = roster;
        this.jdbc = jdbc;
        this.engine = engine;
    }

    static void clock(String at) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(at).toInstant()));
    }

    long shift(String userId, LocalDate date, ShiftType type) {
        return roster.shift(userId, date, type);
    }

    void markSwapped(long shiftId, long swapId) {
        roster.markSwapped(shiftId, swapId);
    }

    /** The swap's exchange of one shift, as the swap feature makes it (origin SWAP). */
    void exchange(long shiftId, String from, String to, long swapId) {
        jdbc.sql("update shift set employee = ?, origin = 'SWAP', swap_id = ? where id = ? and employee = ?")
                .params(to, swapId, shiftId, from).update();
    }

    /** A leave request (QJATT…) of that type and status; {@code late}: asked later than its notice (LV-2). */
    void leave(String requestId, String employee, String type, String start, String end, String status, boolean late) {
        jdbc.sql("""
                insert into leave_request (request_id, employee, submitter, leave_type, start_at, end_at, reason, status,
                late_exception, created_at) values (?, ?, ?, ?, ?, ?, '事由', ?, ?, ?)""")
                .params(requestId, employee, employee, type, OffsetDateTime.parse(start), OffsetDateTime.parse(end),
                        status, late, OffsetDateTime.parse(start).minusDays(late ? 0 : 3))
                .update();
    }

    /** An approved swap (HB2030…) of the two shifts; its id. */
    long approvedSwap(String requestId, String requester, long requesterShift, String colleague, long colleagueShift,
            LocalDate date) {
        jdbc.sql("""
                insert into shift_swap (request_id, requester, requester_shift, requester_shift_date, requester_shift_type,
                colleague, colleague_shift, colleague_shift_date, colleague_shift_type, reason, handover_note, status,
                created_at) values (?, ?, ?, ?, 'DAY', ?, ?, ?, 'EVENING', '家中有事', '交接：无', 'APPROVED', ?)""")
                .params(requestId, requester, requesterShift, date, colleague, colleagueShift, date,
                        OffsetDateTime.parse("2030-11-01T09:00+08:00"))
                .update();
        return jdbc.sql("select id from shift_swap where request_id = ?").param(requestId).query(Long.class).single();
    }

    /** An employee of the roster, for names a test wants (CSV escaping). */
    void employee(String userId, String name) {
        jdbc.sql("insert into employee (user_id, name, job_type, skill_level, duty_leader) values (?, ?, 'AGENT', "
                + "'JUNIOR', 'leader1')").params(userId, name).update();
    }

    int recordsOf(String employee) {
        return jdbc.sql("select count(*) from attendance_record where employee = ?").param(employee)
                .query(Integer.class).single();
    }

    /** What a duty leader recorded, written straight to the table (status LATE or PRESENT, minutes late). */
    void recorded(String employee, LocalDate date, ShiftType type, int lateMinutes) {
        jdbc.sql("""
                insert into attendance_record (employee, shift_date, shift_type, status, late_minutes, disciplinary_case,
                rule, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, 'leader1', ?)""")
                .params(employee, date, type.name(), lateMinutes > 0 ? "LATE" : "PRESENT", lateMinutes,
                        lateMinutes >= 20, lateMinutes >= 20 ? "LV-8" : null, OffsetDateTime.parse(DECEMBER))
                .update();
    }

    int publications(String month) {
        return jdbc.sql("select count(*) from attendance_publication where register_month = ?").param(month)
                .query(Integer.class).single();
    }

    /** The publication's queued mail: event, the person (order key), recipient, subject and both bodies. */
    record Queued(String event, String orderKey, String recipient, String subject, String text, String html) {
    }

    java.util.List<Queued> mail(String key) {
        return jdbc.sql("select event, order_key, recipient, subject, body_text, body_html from mail_outbox "
                + "where ticket_no = ? order by id").param(key).query((rs, row) -> new Queued(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))).list();
    }

    void clean() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
        // Publication instances end at once; mail deliveries wait for the job executor (off in tests).
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.MAIL_DELIVERY).list()
                .stream().filter(pi -> pi.getBusinessKey() != null && pi.getBusinessKey().startsWith("KQ2030"))
                .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test ended", true));
        jdbc.sql("delete from attendance_published_line where register_month like '2030-%'").update();
        jdbc.sql("delete from attendance_publication where register_month like '2030-%'").update();
        jdbc.sql("delete from attendance_record where shift_date >= ?").param(RosterFixture.TEST_DATES_FROM).update();
        jdbc.sql("delete from leave_request where request_id like 'QJATT%'").update();
        jdbc.sql("delete from shift_swap where request_id like 'HB2030%'").update();
        jdbc.sql("delete from mail_outbox where ticket_no like 'KQ2030%'").update();
        roster.removeTestShifts();
        jdbc.sql("delete from employee where user_id like 'att-%'").update();
    }
}
