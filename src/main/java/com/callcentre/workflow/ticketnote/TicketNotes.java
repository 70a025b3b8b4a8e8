package com.callcentre.workflow.ticketnote;

import com.callcentre.workflow.system.BusinessClock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The internal notes of tickets ({@code ticket_note}): who, when, the text as typed. */
@Repository
class TicketNotes {

    /** One note; {@code text} exactly as typed (a page shows it as text, never as markup). */
    record Note(long id, String author, OffsetDateTime createdAt, String text) {
    }

    private final JdbcClient jdbc;

    TicketNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Note add(String ticketNo, String author, String text) {
        OffsetDateTime now = BusinessClock.timestamp();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into ticket_note (ticket_no, author, created_at, body) values (?, ?, ?, ?)")
                .params(ticketNo, author, now, text).update(keys, "id");
        return new Note(keys.getKeyAs(Number.class).longValue(), author, now, text);
    }

    /** The ticket's notes, oldest first. */
    List<Note> of(String ticketNo) {
        return jdbc.sql("select id, author, created_at, body from ticket_note where ticket_no = ? order by created_at, id")
                .param(ticketNo)
                .query((rs, i) -> new Note(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4)))
                .list();
    }

    int deleteOf(String ticketNo) {
        return jdbc.sql("delete from ticket_note where ticket_no = ?").param(ticketNo).update();
    }
}
