package com.callcentre.workflow.dutyreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code duty_report} table: one row per filed report (RP-1). */
@Repository
class DutyReports {

    private static final String SELECT = """
            select report_key, kind, period_start, duty_leader, author, summary, issues, notes, received, dispatched,
                sent_back, answered, answered_in_time, breached, callbacks, centre_step_breaches, due_at, filed_at
            from duty_report""";

    private final JdbcClient jdbc;

    DutyReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DutyReport report, String processInstanceId) {
        DutyReport.Figures f = report.figures();
        jdbc.sql("""
                insert into duty_report (report_key, kind, period_start, process_instance_id, duty_leader, author,
                    summary, issues, notes, received, dispatched, sent_back, answered, answered_in_time, breached,
                    callbacks, centre_step_breaches, due_at, filed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(report.reportKey(), report.kind().name(), report.period(), processInstanceId,
                        report.dutyLeader(), report.author(), report.summary(), report.issues(), report.notes(),
                        f == null ? null : f.received(), f == null ? null : f.dispatched(),
                        f == null ? null : f.sentBack(), f == null ? null : f.answered(),
                        f == null ? null : f.answeredInTime(), f == null ? null : f.breached(),
                        f == null ? null : f.callbacks(), f == null ? null : f.centreStepBreaches(),
                        report.dueAt(), report.filedAt())
                .update();
    }

    /**
     * The reports whose period starts between the dates (both included), oldest first.
     *
     * @param kind   {@code null} for both kinds
     * @param leader {@code null} for everyone's; else only the days this duty leader was rostered for or
     *               wrote, and every month (the duty leaders' analysis is theirs together)
     */
    List<DutyReport> between(LocalDate from, LocalDate to, DutyReport.Kind kind, String leader) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where period_start between ? and ?");
        List<Object> params = new ArrayList<>(List.of(from, to));
        if (kind != null) {
            sql.append(" and kind = ?");
            params.add(kind.name());
        }
        if (leader != null) {
            sql.append(" and (kind = 'MONTHLY' or duty_leader = ? or author = ?)");
            params.add(leader);
            params.add(leader);
        }
        sql.append(" order by period_start, kind, filed_at");
        return jdbc.sql(sql.toString()).params(params).query(DutyReports::map).list();
    }

    private static DutyReport map(ResultSet rs, int row) throws SQLException {
        DutyReport.Kind kind = DutyReport.Kind.valueOf(rs.getString("kind"));
        DutyReport.Figures figures = kind == DutyReport.Kind.DAILY ? new DutyReport.Figures(rs.getLong("received"),
                rs.getLong("dispatched"), rs.getLong("sent_back"), rs.getLong("answered"),
                rs.getLong("answered_in_time"), rs.getLong("breached"), rs.getLong("callbacks"),
                rs.getLong("centre_step_breaches")) : null;
        return new DutyReport(rs.getString("report_key"), kind, rs.getObject("period_start", LocalDate.class),
                rs.getString("duty_leader"), rs.getString("author"), rs.getString("summary"), rs.getString("issues"),
                rs.getString("notes"), figures, rs.getObject("due_at", OffsetDateTime.class),
                rs.getObject("filed_at", OffsetDateTime.class));
    }
}
