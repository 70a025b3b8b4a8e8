package com.callcentre.workflow.quality;

import com.callcentre.workflow.system.BusinessClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code quality_listening} table (QA-1): one row per scored listening slot of an agent in a
 * month. Written in the engine's transaction, so a row exists only with the completed task.
 */
@Repository
class ListeningBook {

    /** A scored listening. {@code scores} in {@link Criterion} order. */
    record Listening(String month, String agent, int slot, String teamLeader, String callRef, LocalDate listenedOn,
            List<Integer> scores, int total, String grade, String comment, String inspector, OffsetDateTime scoredAt) {
    }

    private static final String COLUMNS = "listening_month, agent, slot, team_leader, call_ref, listened_on, "
            + "attitude_score, accuracy_score, expression_score, procedure_score, total_score, grade, comment_text, "
            + "inspector, scored_at";

    private final JdbcClient jdbc;

    ListeningBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the score, once per slot: false when the slot has one already. */
    boolean record(Listening l, String processInstanceId) {
        boolean known = jdbc.sql("select count(*) from quality_listening where listening_month = ? and agent = ? "
                + "and slot = ?").params(l.month(), l.agent(), l.slot()).query(Long.class).single() > 0;
        if (known) {
            return false;
        }
        try {
            jdbc.sql("insert into quality_listening (" + COLUMNS + ", process_instance_id) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(l.month(), l.agent(), l.slot(), l.teamLeader(), l.callRef(), l.listenedOn(),
                            l.scores().get(0), l.scores().get(1), l.scores().get(2), l.scores().get(3), l.total(),
                            l.grade(), l.comment(), l.inspector(), BusinessClock.timestamp(), processInstanceId)
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** How many listenings of each agent were scored for this month. */
    Map<String, Integer> doneByAgent(YearMonth month) {
        Map<String, Integer> done = new HashMap<>();
        jdbc.sql("select agent, count(*) from quality_listening where listening_month = ? group by agent")
                .param(month.toString())
                .query((rs, i) -> done.put(rs.getString(1), rs.getInt(2))).list();
        return done;
    }

    /** The listenings of calls made from one date to another, both included; of one agent, or all ({@code null}). */
    List<Listening> between(LocalDate from, LocalDate to, String agent) {
        String where = " where listened_on between :from and :to" + (agent == null ? "" : " and agent = :agent");
        var sql = jdbc.sql("select " + COLUMNS + " from quality_listening" + where
                + " order by listened_on, agent, slot").param("from", from).param("to", to);
        if (agent != null) {
            sql = sql.param("agent", agent);
        }
        return sql.query(ListeningBook::listening).list();
    }

    private static Listening listening(ResultSet rs, int row) throws SQLException {
        return new Listening(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), List.of(rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)),
                rs.getInt(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getObject(15, OffsetDateTime.class));
    }
}
