package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.BusinessClock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The links between duplicate tickets (issue 16, table {@code ticket_link}): LINKED (both go on)
 * or MERGED_INTO (the first ended as merged into the second). Shown on both tickets.
 */
@Component
class TicketLinks {

    static final String LINKED = "LINKED";
    static final String MERGED_INTO = "MERGED_INTO";
    /** How the surviving ticket shows a MERGED_INTO row: the other ticket was merged into it. */
    static final String MERGED_FROM = "MERGED_FROM";

    /** A row as stored: {@code ticketNo} was linked to, or merged into, {@code otherTicketNo}. */
    record Row(String ticketNo, String otherTicketNo, String kind, String linkedBy, String reason) {
    }

    private final JdbcClient jdbc;

    TicketLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String ticketNo, String otherTicketNo, String kind, String linkedBy, String reason) {
        jdbc.sql("""
                insert into ticket_link (ticket_no, other_ticket_no, pair_key, kind, linked_by, linked_at, reason)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(ticketNo, otherTicketNo, pairKey(ticketNo, otherTicketNo), kind, linkedBy,
                        BusinessClock.timestamp(), reason)
                .update();
    }

    /** A LINK of the two becomes the MERGE of the first into the second; false when they were not linked. */
    boolean linkedBecomesMerge(String duplicate, String survivor, String linkedBy, String reason) {
        return jdbc.sql("""
                update ticket_link set ticket_no = ?, other_ticket_no = ?, kind = ?, linked_by = ?, linked_at = ?,
                    reason = ?
                where pair_key = ? and kind = ?""")
                .params(duplicate, survivor, MERGED_INTO, linkedBy, BusinessClock.timestamp(), reason,
                        pairKey(duplicate, survivor), LINKED)
                .update() > 0;
    }

    /** Whether the two tickets are linked or merged already, in either direction. */
    boolean between(String one, String other) {
        return jdbc.sql("select count(*) from ticket_link where pair_key = ?").param(pairKey(one, other))
                .query(Long.class).single() > 0;
    }

    /** The row that merges this ticket into another, if the API wrote one (the proof {@link MergeTicket} asks for). */
    Optional<Row> mergeOf(String ticketNo) {
        return jdbc.sql("""
                select ticket_no, other_ticket_no, kind, linked_by, reason from ticket_link
                where ticket_no = ? and kind = ?""")
                .params(ticketNo, MERGED_INTO)
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .optional();
    }

    /** Every link of the ticket, either direction, oldest first. */
    List<TicketView.Link> of(String ticketNo) {
        return jdbc.sql("""
                select ticket_no, other_ticket_no, kind, linked_by, linked_at, reason, id from ticket_link
                where ticket_no = :no or other_ticket_no = :no order by linked_at, id""")
                .param("no", ticketNo)
                .query((rs, i) -> {
                    boolean mine = ticketNo.equals(rs.getString(1));
                    String kind = rs.getString(3);
                    return new TicketView.Link(mine ? rs.getString(2) : rs.getString(1),
                            MERGED_INTO.equals(kind) && !mine ? MERGED_FROM : kind, rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class), rs.getString(6));
                })
                .list();
    }

    /** The keyed hash of the caller's phone (CP-9); null once erased (CP-14). */
    String phoneHashOf(String ticketNo) {
        return jdbc.sql("select customer_phone_hash from ticket where ticket_no = ?").param(ticketNo)
                .query(String.class).optional().orElse(null);
    }

    /**
     * Holds both tickets' rows until the transaction ends, in one order (no deadlock between two
     * merges of the same pair): a merge and a change of either ticket happen one after the other.
     */
    void lock(String one, String other) {
        for (String no : one.compareTo(other) < 0 ? List.of(one, other) : List.of(other, one)) {
            jdbc.sql("select ticket_no from ticket where ticket_no = ? for update").param(no).query(String.class).list();
        }
    }

    private static String pairKey(String one, String other) {
        return one.compareTo(other) < 0 ? one + "|" + other : other + "|" + one;
    }
}
