package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.BusinessClock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A ticket's trail (CP-8): every finished step, who did it, when, with what outcome. Written
 * in the engine's transaction, so the trail never shows a step the engine rolled back.
 */
@Component
public class TicketTrail {

    /** The actor of steps nobody performed in person. */
    public static final String SYSTEM = "system";

    public record Entry(String step, String stepName, String actor, OffsetDateTime occurredAt,
            String outcome, String detail) {

        /** The outcome as staff say it ({@link TrailOutcomes}), beside its code in the answer. */
        @com.fasterxml.jackson.annotation.JsonProperty("outcomeName")
        public String outcomeName() {
            return TrailOutcomes.nameOf(step, outcome);
        }
    }

    private final JdbcClient jdbc;

    TicketTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String ticketNo, String step, String stepName, String actor, String outcome,
            String detail) {
        jdbc.sql("""
                insert into ticket_trail (ticket_no, step, step_name, actor, occurred_at, outcome, detail)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(ticketNo, step, stepName, actor == null ? SYSTEM : actor, BusinessClock.timestamp(), outcome,
                        truncate(detail))
                .update();
    }

    public List<Entry> of(String ticketNo) {
        return jdbc.sql("""
                select step, step_name, actor, occurred_at, outcome, detail from ticket_trail
                where ticket_no = ? order by occurred_at, id""")
                .param(ticketNo)
                .query((rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6)))
                .list();
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "...";
    }
}
