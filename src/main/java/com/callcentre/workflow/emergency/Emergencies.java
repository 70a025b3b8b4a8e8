package com.callcentre.workflow.emergency;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code emergency} table: one row per emergency registered (EM-1). */
@Repository
class Emergencies {

    /** A row as the tests and the API read it. */
    record Row(String emergencyNo, EmergencyKind kind, String location, String situation, String reportedBy,
            String dutyLeader, boolean mustReportUp, String actionsTaken, String handledBy, String route) {
    }

    private final JdbcClient jdbc;

    Emergencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String emergencyNo, String processInstanceId, EmergencyKind kind, String location, String situation,
            String reportedBy, OffsetDateTime reportedAt, String dutyLeader, boolean mustReportUp) {
        jdbc.sql("""
                insert into emergency (emergency_no, process_instance_id, kind, location, situation, reported_by,
                    reported_at, duty_leader, must_report_up)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(emergencyNo, processInstanceId, kind.name(), location, situation, reportedBy, reportedAt,
                        dutyLeader, mustReportUp)
                .update();
    }

    void handled(String emergencyNo, String actionsTaken, String handledBy, OffsetDateTime at, String route) {
        jdbc.sql("update emergency set actions_taken = ?, handled_by = ?, handled_at = ?, route = ? where emergency_no = ?")
                .params(actionsTaken, handledBy, at, route, emergencyNo).update();
    }

    Optional<Row> find(String emergencyNo) {
        return jdbc.sql("""
                select emergency_no, kind, location, situation, reported_by, duty_leader, must_report_up, actions_taken,
                    handled_by, route from emergency where emergency_no = ?""")
                .param(emergencyNo)
                .query((rs, row) -> new Row(rs.getString(1), EmergencyKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8),
                        rs.getString(9), rs.getString(10)))
                .optional();
    }
}
