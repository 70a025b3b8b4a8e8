package com.callcentre.workflow.quality;

import com.callcentre.workflow.complaint.PeriodRecords;
import com.callcentre.workflow.system.BusinessClock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code quality_audit} table: one row per closed ticket, from its collection to its verdict.
 * Runs in the engine's transaction, so a row exists only with the audit instance that collected it.
 */
@Repository
class AuditBook {

    /** A ticket collected for audit, and its verdict once given. */
    record Audit(String ticketNo, LocalDate auditDay, String category, String handler, String owner,
            String outcome, String reason, String auditedBy) {
    }

    /** A verdict given, for the reports. */
    record Verdict(String ticketNo, String category, String handler, String owner, String outcome) {
    }

    private static final String COLUMNS = "ticket_no, audit_day, category, handler, owner, outcome, reason, audited_by";

    private final JdbcClient jdbc;

    AuditBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Collects for this audit instance the closed tickets not collected before (CP-8: a ticket is
     * audited once, whatever runs twice; the unique key holds it against a concurrent run too).
     * Returns how many were new.
     */
    int collect(LocalDate day, String processInstanceId, List<PeriodRecords.Closed> closed) {
        int added = 0;
        for (PeriodRecords.Closed ticket : closed) {
            boolean known = jdbc.sql("select count(*) from quality_audit where ticket_no = ?")
                    .param(ticket.ticketNo()).query(Long.class).single() > 0;
            if (known) {
                continue;
            }
            jdbc.sql("""
                    insert into quality_audit (ticket_no, audit_day, category, handler, owner, process_instance_id,
                        collected_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(ticket.ticketNo(), day, ticket.category(), ticket.handler(), ticket.owner(),
                            processInstanceId, BusinessClock.timestamp())
                    .update();
            added++;
        }
        return added;
    }

    /** The tickets this audit instance collected, by ticket number. */
    List<Audit> collectedBy(String processInstanceId) {
        return jdbc.sql("select " + COLUMNS + " from quality_audit where process_instance_id = ? order by ticket_no")
                .param(processInstanceId).query(AuditBook::audit).list();
    }

    Optional<Audit> find(String ticketNo) {
        return jdbc.sql("select " + COLUMNS + " from quality_audit where ticket_no = ?")
                .param(ticketNo).query(AuditBook::audit).optional();
    }

    /** The verdict, once: false when the ticket has one already. */
    boolean decide(String ticketNo, AuditOutcome outcome, String reason, String auditor) {
        return jdbc.sql("""
                update quality_audit set outcome = ?, reason = ?, audited_by = ?, audited_at = ?
                where ticket_no = ? and outcome is null""")
                .params(outcome.name(), reason, auditor, BusinessClock.timestamp(), ticketNo)
                .update() == 1;
    }

    /** The verdicts given in [from, to). */
    List<Verdict> decided(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select ticket_no, category, handler, owner, outcome from quality_audit
                where audited_at >= :from and audited_at < :to""")
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new Verdict(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    private static Audit audit(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Audit(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
