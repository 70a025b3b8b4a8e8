package com.callcentre.workflow.ticketnote;

import com.callcentre.workflow.system.BusinessClock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The files attached to tickets ({@code ticket_attachment}), content in the database. */
@Repository
class TicketAttachments {

    /** What a list shows of a file; the content only on download. */
    record Attachment(long id, String fileName, String contentType, long size, String uploadedBy,
            OffsetDateTime uploadedAt, String sha256) {
    }

    record Content(Attachment attachment, byte[] bytes) {
    }

    private static final String COLUMNS = "id, file_name, content_type, size_bytes, uploaded_by, uploaded_at, sha256";

    private final JdbcClient jdbc;

    TicketAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Attachment add(String ticketNo, String fileName, String contentType, byte[] content, String sha256, String by) {
        OffsetDateTime now = BusinessClock.timestamp();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into ticket_attachment
                    (ticket_no, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, content)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ticketNo, fileName, contentType, (long) content.length, sha256, by, now, content).update(keys, "id");
        return new Attachment(keys.getKeyAs(Number.class).longValue(), fileName, contentType, content.length, by, now, sha256);
    }

    /** The ticket's files, oldest first, without their content. */
    List<Attachment> of(String ticketNo) {
        return jdbc.sql("select " + COLUMNS + " from ticket_attachment where ticket_no = ? order by uploaded_at, id")
                .param(ticketNo).query((rs, i) -> row(rs)).list();
    }

    /** One file of this ticket with its content; empty for another ticket's id. */
    Optional<Content> content(String ticketNo, long id) {
        return jdbc.sql("select " + COLUMNS + ", content from ticket_attachment where ticket_no = ? and id = ?")
                .params(ticketNo, id).query((rs, i) -> new Content(row(rs), rs.getBytes(8))).optional();
    }

    int deleteOf(String ticketNo) {
        return jdbc.sql("delete from ticket_attachment where ticket_no = ?").param(ticketNo).update();
    }

    private static Attachment row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class), rs.getString(7));
    }
}
