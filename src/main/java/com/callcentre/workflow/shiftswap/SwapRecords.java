package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.complaint.TicketTrail;
import com.callcentre.workflow.staff.Shift;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.BusinessClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The swap record (换班登记表) and its decisions, in the caller's transaction: written by the
 * process's steps, so it never shows what the engine rolled back.
 */
@Component
class SwapRecords {

    private static final String SWAP = """
            select id, request_id, process_instance_id, kind, requester, requester_shift, requester_shift_date,
            requester_shift_type, colleague, colleague_shift, colleague_shift_date, colleague_shift_type, reason,
            handover_note, status, rejected_rule, rejected_reason, created_at, exchanged_at from shift_swap""";

    private final JdbcClient jdbc;

    SwapRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers the request as PENDING; its id. */
    long insert(String requestId, String processInstanceId, SwapRequest request) {
        KeyHolder key = new GeneratedKeyHolder();
        Shift theirs = request.colleagueShift(); // none for a cover (SW-11)
        jdbc.sql("""
                insert into shift_swap (request_id, process_instance_id, kind, requester, requester_shift,
                requester_shift_date, requester_shift_type, colleague, colleague_shift, colleague_shift_date,
                colleague_shift_type, reason, handover_note, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)""")
                .param(requestId).param(processInstanceId).param(request.kind().name()).param(request.requester())
                .param(request.requesterShift().id()).param(request.requesterShift().date())
                .param(request.requesterShift().type().name()).param(request.colleague())
                .param(new SqlParameterValue(Types.BIGINT, theirs == null ? null : theirs.id()))
                .param(new SqlParameterValue(Types.DATE, theirs == null ? null : theirs.date()))
                .param(new SqlParameterValue(Types.VARCHAR, theirs == null ? null : theirs.type().name()))
                .param(request.reason()).param(request.handoverNote()).param(BusinessClock.timestamp())
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    Optional<SwapRecord> find(String requestId) {
        return jdbc.sql(SWAP + " where request_id = ?").param(requestId).query(SwapRecords::map).optional();
    }

    Optional<SwapRecord> find(long id) {
        return jdbc.sql(SWAP + " where id = ?").param(id).query(SwapRecords::map).optional();
    }

    /**
     * SW-3: the person's pending and approved swaps, as requester or colleague, with a shift in
     * that month; {@code except} a swap not to count (the one being checked), or 0.
     */
    int countInMonth(String userId, YearMonth month, long except) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.plusMonths(1).atDay(1);
        return jdbc.sql("""
                select count(*) from shift_swap
                where status in ('PENDING', 'APPROVED') and id <> ? and (requester = ? or colleague = ?)
                and ((requester_shift_date >= ? and requester_shift_date < ?)
                  or (colleague_shift_date >= ? and colleague_shift_date < ?))""")
                .params(except, userId, userId, from, to, from, to).query(Integer.class).single();
    }

    /**
     * SW-4, swaps on consecutive days: the person's pending or approved swap other than
     * {@code except} with a shift on the day before, the day itself or the day after, by its
     * request id and shift date.
     */
    Optional<String> nextTo(String userId, LocalDate date, long except) {
        return jdbc.sql("""
                select request_id from shift_swap
                where status in ('PENDING', 'APPROVED') and id <> ? and (requester = ? or colleague = ?)
                and ((requester_shift_date >= ? and requester_shift_date <= ?)
                  or (colleague_shift_date >= ? and colleague_shift_date <= ?)) order by id""")
                .params(except, userId, userId, date.minusDays(1), date.plusDays(1), date.minusDays(1),
                        date.plusDays(1))
                .query(String.class).list().stream().findFirst();
    }

    /** Whether a pending swap other than {@code except} offers that shift already (SW-4). */
    boolean pendingWith(long shiftId, long except) {
        return jdbc.sql("""
                select count(*) from shift_swap where status = 'PENDING' and id <> ?
                and (requester_shift = ? or colleague_shift = ?)""")
                .params(except, shiftId, shiftId).query(Integer.class).single() > 0;
    }

    void approve(long id) {
        jdbc.sql("update shift_swap set status = 'APPROVED', exchanged_at = ? where id = ? and status = 'PENDING'")
                .params(BusinessClock.timestamp(), id).update();
    }

    /** REJECTED; with the rule that refused the exchange, if a rule did. */
    void reject(long id, String rule, String reason) {
        jdbc.sql("""
                update shift_swap set status = 'REJECTED', rejected_rule = ?, rejected_reason = ?
                where id = ? and status = 'PENDING'""")
                .params(rule, reason, id).update();
    }

    void decide(long swapId, String decidedBy, SwapRecord.Role role, boolean agreed, String comment) {
        jdbc.sql("""
                insert into shift_swap_decision (swap_id, decided_by, role, agreed, comment, decided_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(swapId, decidedBy, role.name(), agreed, comment, BusinessClock.timestamp()).update();
    }

    List<SwapRecord.Decision> decisions(long swapId) {
        return jdbc.sql("""
                select decided_by, role, agreed, comment, decided_at from shift_swap_decision
                where swap_id = ? order by decided_at, id""")
                .param(swapId)
                .query((rs, row) -> new SwapRecord.Decision(rs.getString(1), SwapRecord.Role.valueOf(rs.getString(2)),
                        rs.getBoolean(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    private static SwapRecord map(ResultSet rs, int row) throws SQLException {
        String theirsType = rs.getString("colleague_shift_type");
        return new SwapRecord(rs.getLong("id"), rs.getString("request_id"), rs.getString("process_instance_id"),
                SwapKind.valueOf(rs.getString("kind")), rs.getString("requester"), rs.getLong("requester_shift"),
                rs.getObject("requester_shift_date", LocalDate.class),
                ShiftType.valueOf(rs.getString("requester_shift_type")), rs.getString("colleague"),
                rs.getObject("colleague_shift", Long.class), rs.getObject("colleague_shift_date", LocalDate.class),
                theirsType == null ? null : ShiftType.valueOf(theirsType), rs.getString("reason"),
                rs.getString("handover_note"), SwapRecord.Status.valueOf(rs.getString("status")),
                rs.getString("rejected_rule"), rs.getString("rejected_reason"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("exchanged_at", OffsetDateTime.class));
    }
}
