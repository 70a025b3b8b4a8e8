package com.callcentre.workflow.leave;

import com.callcentre.workflow.staff.Absences;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The leave tables: requests and their decisions. Written in the engine's transaction, so a
 * request never exists without its process instance. Also the roster's source of approved
 * absences ({@link Absences}).
 */
@Component
class LeaveBook implements Absences {

    /** One stored request. */
    record LeaveRecord(String requestId, String processInstanceId, String employee, String submitter,
            LeaveType type, Instant start, Instant end, String reason, boolean emergency, LeaveStatus status,
            List<LeaveException> exceptions, CertificateStatus certificate, Instant createdAt) {
    }

    /** One approver's decision (LV-3: level 1 duty leader, 2 cs-director, 3 centre director). */
    record Decision(int level, String approver, boolean approved, String comment, boolean exceptionConfirmed,
            Instant decidedAt) {
    }

    /** LV-5: the sick-leave certificate. */
    enum CertificateStatus {
        NOT_REQUIRED,
        AWAITED,
        HANDED_IN,
        MISSING
    }

    private static final String REQUEST = """
            select request_id, process_instance_id, employee, submitter, leave_type, start_at, end_at, reason,
            emergency, status, late_exception, night_exception, holiday_exception, phoned_in_exception,
            certificate_status, created_at from leave_request""";

    private final JdbcClient jdbc;

    LeaveBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String requestId, String processInstanceId, CheckedLeave leave, Instant createdAt) {
        LeaveApplication a = leave.application();
        jdbc.sql("""
                insert into leave_request (request_id, process_instance_id, employee, submitter, leave_type,
                start_at, end_at, reason, emergency, status, late_exception, night_exception, holiday_exception,
                phoned_in_exception, certificate_status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(requestId, processInstanceId, a.employee(), a.submitter(), a.type().name(), utc(a.start()),
                        utc(a.end()), a.reason(), a.emergency(), LeaveStatus.PENDING.name(),
                        leave.has(LeaveException.LATE), leave.has(LeaveException.NIGHT_SHIFT),
                        leave.has(LeaveException.HOLIDAY), leave.has(LeaveException.PHONED_IN_EMERGENCY),
                        CertificateStatus.NOT_REQUIRED.name(), utc(createdAt))
                .update();
    }

    Optional<LeaveRecord> find(String requestId) {
        return jdbc.sql(REQUEST + " where request_id = ?").param(requestId).query(LeaveBook::map).optional();
    }

    /** Moves a pending request on; a decided one keeps its status. {@code true} if changed. */
    boolean decide(String requestId, LeaveStatus status) {
        return jdbc.sql("update leave_request set status = ? where request_id = ? and status = ?")
                .params(status.name(), requestId, LeaveStatus.PENDING.name()).update() > 0;
    }

    void certificate(String requestId, CertificateStatus status) {
        jdbc.sql("update leave_request set certificate_status = ? where request_id = ?")
                .params(status.name(), requestId).update();
    }

    void recordDecision(String requestId, Decision decision) {
        jdbc.sql("""
                insert into leave_decision (request_id, approval_level, approver, approved, comment,
                exception_confirmed, decided_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(requestId, decision.level(), decision.approver(), decision.approved(), decision.comment(),
                        decision.exceptionConfirmed(), utc(decision.decidedAt()))
                .update();
    }

    List<Decision> decisions(String requestId) {
        return jdbc.sql("""
                select approval_level, approver, approved, comment, exception_confirmed, decided_at
                from leave_decision where request_id = ? order by decided_at, id""")
                .param(requestId)
                .query((rs, row) -> new Decision(rs.getInt(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        rs.getBoolean(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** A pending or approved request of the employee overlapping the period, if any. */
    Optional<String> overlapping(String employee, Instant start, Instant end) {
        return jdbc.sql("""
                select request_id from leave_request where employee = ? and status in ('PENDING', 'APPROVED')
                and start_at < ? and end_at > ? order by start_at""")
                .params(employee, utc(end), utc(start)).query(String.class).list().stream().findFirst();
    }

    @Override
    public Optional<String> requestedBetween(String employee, Instant from, Instant to) {
        return overlapping(employee, from, to);
    }

    @Override
    public List<Absence> approvedBetween(Instant from, Instant to) {
        return jdbc.sql("""
                select employee, start_at, end_at from leave_request
                where status = 'APPROVED' and start_at < ? and end_at > ?""")
                .params(utc(to), utc(from))
                .query((rs, row) -> new Absence(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    private static LeaveRecord map(ResultSet rs, int row) throws SQLException {
        List<LeaveException> exceptions = new ArrayList<>();
        if (rs.getBoolean("late_exception")) {
            exceptions.add(LeaveException.LATE);
        }
        if (rs.getBoolean("night_exception")) {
            exceptions.add(LeaveException.NIGHT_SHIFT);
        }
        if (rs.getBoolean("holiday_exception")) {
            exceptions.add(LeaveException.HOLIDAY);
        }
        if (rs.getBoolean("phoned_in_exception")) {
            exceptions.add(LeaveException.PHONED_IN_EMERGENCY);
        }
        return new LeaveRecord(rs.getString("request_id"), rs.getString("process_instance_id"),
                rs.getString("employee"), rs.getString("submitter"), LeaveType.valueOf(rs.getString("leave_type")),
                instant(rs, "start_at"), instant(rs, "end_at"), rs.getString("reason"), rs.getBoolean("emergency"),
                LeaveStatus.valueOf(rs.getString("status")), exceptions,
                CertificateStatus.valueOf(rs.getString("certificate_status")), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
