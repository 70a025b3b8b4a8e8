package com.callcentre.workflow.bench;

import com.callcentre.workflow.ApiClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The timers of open department orders, as an administrator handles them: found in the node's
 * database, moved through the engine's own operation (Cockpit's "change due date",
 * {@code PUT /engine-rest/job/{id}/duedate}), and what came of them read back from the database
 * (the job log, the supervision tasks, the mail outbox). Works on PostgreSQL (the benchmark) and
 * H2 (the suite). Engine times are compared only with engine times (one node's clock and zone).
 */
final class EngineTimers {

    /** The billing department's mailbox (centre.departments: default {@code <code>@departments.example}). */
    static final String BILLING_MAILBOX = "billing@departments.example";
    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);
    /** Job log state of a job that ran through (Camunda's JobState.SUCCESSFUL). */
    private static final int JOB_SUCCESSFUL = 2;

    /** A connection to the node's database, closed by the caller. */
    interface Connections {
        Connection get() throws SQLException;
    }

    /** One job that ran: when it was due and when it finished (the engine's clock, the node's zone). */
    record Ran(String jobId, LocalDateTime due, LocalDateTime finished) {

        Duration lateness() {
            return Duration.between(due, finished);
        }
    }

    private final ApiClient api;
    private final Connections database;

    EngineTimers(int port, Connections database) {
        this.api = new ApiClient(port);
        this.database = database;
    }

    /** Ticket number → the id of the timer job of this boundary event ({@code breachTimer}, {@code reminderTimer}). */
    Map<String, String> timerJobs(String activityId, Collection<String> tickets) throws SQLException {
        Set<String> wanted = new HashSet<>(tickets);
        Map<String, String> jobs = new HashMap<>();
        query("""
                select e.BUSINESS_KEY_, j.ID_ from ACT_RU_JOB j
                join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_
                join ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_
                where d.ACT_ID_ = ? and j.TYPE_ = 'timer'""", List.of(activityId), rs -> {
            if (wanted.contains(rs.getString(1))) {
                jobs.put(rs.getString(1), rs.getString(2));
            }
        });
        return jobs;
    }

    /** The tickets whose order waits for its breach timer (open in the department), sorted. */
    List<String> openOrderTickets() throws SQLException {
        List<String> tickets = new ArrayList<>();
        query("""
                select e.BUSINESS_KEY_ from ACT_RU_JOB j
                join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_
                join ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_
                where d.ACT_ID_ = 'breachTimer' and j.TYPE_ = 'timer' order by e.BUSINESS_KEY_""", List.of(),
                rs -> tickets.add(rs.getString(1)));
        return tickets;
    }

    /** The earliest due date of the orders' reminder and breach timers (the engine's clock and zone). */
    LocalDateTime earliestOrderTimer() throws SQLException {
        LocalDateTime[] earliest = new LocalDateTime[1];
        query("""
                select min(j.DUEDATE_) from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_
                where d.ACT_ID_ in ('reminderTimer', 'breachTimer')""", List.of(), rs -> {
            if (rs.getTimestamp(1) != null) {
                earliest[0] = rs.getTimestamp(1).toLocalDateTime();
            }
        });
        return earliest[0];
    }

    /** Cockpit's "change due date" as admin, for this job only (no cascade to the jobs after it). */
    void moveDueDate(String jobId, Instant due) {
        String body = "{\"duedate\": \"" + REST_DATE.format(due) + "\", \"cascade\": false}";
        try {
            HttpResponse<String> response = api.send(api.request("/engine-rest/job/" + jobId + "/duedate", "admin", "admin")
                    .header("Content-Type", "application/json;charset=UTF-8")
                    .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
            if (response.statusCode() != 204) {
                throw new IllegalStateException("due date of job " + jobId + ": " + response.statusCode() + " " + response.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The shortcut for many jobs at once (the storm's thousands; through REST one by one they take
     * longer than the storm itself): what {@code SetJobDuedateCmd} writes, without its user
     * operation log entry, in one transaction: the due date, and the revision up, so that a
     * command holding an older copy of a job fails its optimistic lock as it would after the
     * engine's own change. Only for jobs not due and so not locked: the job executor has none.
     */
    void moveDueDates(Collection<String> jobIds, Instant due) throws SQLException {
        try (Connection c = database.get()) {
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement(
                    "update ACT_RU_JOB set DUEDATE_ = ?, REV_ = REV_ + 1 where ID_ = ? and LOCK_OWNER_ is null")) {
                java.sql.Timestamp at = java.sql.Timestamp.from(due);
                for (String id : jobIds) {
                    update.setTimestamp(1, at);
                    update.setString(2, id);
                    update.addBatch();
                }
                int moved = java.util.Arrays.stream(update.executeBatch()).map(n -> Math.max(n, 0)).sum();
                if (moved != jobIds.size()) {
                    c.rollback();
                    throw new IllegalStateException(jobIds.size() + " jobs to move, " + moved + " movable");
                }
                c.commit();
            }
        }
    }

    /** The due date of a job still waiting, as the engine stored it (its clock's zone). */
    LocalDateTime dueDate(String jobId) throws SQLException {
        LocalDateTime[] due = new LocalDateTime[1];
        query("select DUEDATE_ from ACT_RU_JOB where ID_ = ?", List.of(jobId),
                rs -> due[0] = rs.getTimestamp(1).toLocalDateTime());
        return due[0];
    }

    /** Async jobs (mail deliveries) waiting to run: the node's backlog, timers aside. */
    long messageJobs() throws SQLException {
        long[] count = new long[1];
        query("select count(*) from ACT_RU_JOB where TYPE_ = 'message' and RETRIES_ > 0", List.of(),
                rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    /**
     * The tickets among these whose breached order is escalated to level 1: its
     * {@code superviseLevel1} task created and the level-1 mail (BREACH of the resolve limit, to
     * the duty leader or the group supervising instead; not the department's copy) in the outbox.
     */
    Set<String> escalated(Collection<String> tickets) throws SQLException {
        Set<String> wanted = new HashSet<>(tickets);
        Set<String> supervised = new HashSet<>();
        query("""
                select e.BUSINESS_KEY_ from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
                where t.TASK_DEF_KEY_ = 'superviseLevel1'""", List.of(), rs -> {
            if (wanted.contains(rs.getString(1))) {
                supervised.add(rs.getString(1));
            }
        });
        Set<String> both = new HashSet<>();
        query("select distinct ticket_no from mail_outbox where event = 'BREACH-RESOLVE' and recipient <> ?",
                List.of(BILLING_MAILBOX), rs -> {
                    if (supervised.contains(rs.getString(1))) {
                        both.add(rs.getString(1));
                    }
                });
        return both;
    }

    /** The jobs among these that ran through, from the engine's job log (history). */
    List<Ran> ran(String activityId, Collection<String> jobIds) throws SQLException {
        Set<String> wanted = new HashSet<>(jobIds);
        List<Ran> ran = new ArrayList<>();
        query("select JOB_ID_, JOB_DUEDATE_, TIMESTAMP_ from ACT_HI_JOB_LOG where ACT_ID_ = ? and JOB_STATE_ = ?",
                List.of(activityId, JOB_SUCCESSFUL), rs -> {
                    if (wanted.contains(rs.getString(1))) {
                        ran.add(new Ran(rs.getString(1), rs.getTimestamp(2).toLocalDateTime(),
                                rs.getTimestamp(3).toLocalDateTime()));
                    }
                });
        return ran;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> parameters, Row row) throws SQLException {
        try (Connection c = database.get(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
