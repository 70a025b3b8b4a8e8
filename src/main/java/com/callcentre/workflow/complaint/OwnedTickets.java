package com.callcentre.workflow.complaint;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open tickets a member of staff owns as first-contact owner (CP-2), for an agent's handover at
 * the end of their shift (HO-1): not closed, archived or merged, oldest first.
 */
@Component
public class OwnedTickets {

    /**
     * An open ticket of the owner.
     *
     * @param answerDeadline when the customer is to have an answer (SL-1), {@code null} without one
     */
    public record Open(String ticketNo, String status, String category, OffsetDateTime answerDeadline) {
    }

    private final JdbcClient jdbc;

    OwnedTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Open> of(String owner) {
        return jdbc.sql("""
                select ticket_no, status, category, answer_deadline from ticket
                where owner = ? and closed_at is null and status not in ('ARCHIVED', 'CLOSED_UNREACHABLE', 'MERGED')
                order by created_at, ticket_no""").param(owner)
                .query((rs, row) -> new Open(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class))).list();
    }
}
