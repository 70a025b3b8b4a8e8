package com.callcentre.workflow.complaint;

import com.callcentre.workflow.complaint.ComplaintIntake.Category;
import com.callcentre.workflow.complaint.ComplaintIntake.Channel;
import com.callcentre.workflow.complaint.ComplaintIntake.ContactType;
import com.callcentre.workflow.complaint.ComplaintIntake.VipLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ticket table. Runs in the engine's transaction: a ticket exists only if its instance does. */
@Repository
class TicketRepository {

    private final JdbcClient jdbc;
    private final PhoneHash phoneHash;

    TicketRepository(JdbcClient jdbc, PhoneHash phoneHash) {
        this.jdbc = jdbc;
        this.phoneHash = phoneHash;
    }

    void insert(Ticket ticket) {
        ComplaintIntake in = ticket.intake();
        jdbc.sql("""
                insert into ticket (ticket_no, process_instance_id, channel, contact_type, category,
                    vip_level, customer_name, customer_phone, customer_phone_hash, description, resolved_at_first_contact,
                    major, repeat_of, owner, status, created_at)
                values (:no, :pi, :channel, :type, :category, :vip, :name, :phone, :phoneHash, :description,
                    :firstContact, :major, :repeatOf, :owner, :status, :createdAt)""")
                .param("no", ticket.ticketNo())
                .param("pi", ticket.processInstanceId())
                .param("channel", in.channel().name())
                .param("type", in.type().name())
                .param("category", in.category().name())
                .param("vip", in.vipLevel().name())
                .param("name", in.customerName())
                .param("phone", in.customerPhone())
                .param("phoneHash", phoneHash.of(in.customerPhone())) // CP-9: searchable, not readable
                .param("description", in.description())
                .param("firstContact", in.resolvedAtFirstContact())
                .param("major", in.major())
                .param("repeatOf", in.repeatOf())
                .param("owner", ticket.owner())
                .param("status", ticket.status().name())
                .param("createdAt", ticket.createdAt())
                .update();
    }

    boolean exists(String ticketNo) {
        return jdbc.sql("select count(*) from ticket where ticket_no = ?")
                .param(ticketNo).query(Long.class).single() > 0;
    }

    Optional<Ticket> find(String ticketNo) {
        return jdbc.sql("select * from ticket where ticket_no = ?").param(ticketNo)
                .query(TicketRepository::map).optional();
    }

    void updateStatus(String ticketNo, TicketStatus.Status status, OffsetDateTime closedAt) {
        jdbc.sql("update ticket set status = ?, closed_at = coalesce(?, closed_at) where ticket_no = ?")
                .params(status.name(), closedAt, ticketNo).update();
    }

    /** CP-7: the answer of the last callback that reached the customer. */
    void problemSolved(String ticketNo, boolean solved) {
        jdbc.sql("update ticket set problem_solved = ? where ticket_no = ?").params(solved, ticketNo).update();
    }

    long count() {
        return jdbc.sql("select count(*) from ticket").query(Long.class).single();
    }

    private static Ticket map(ResultSet rs, int row) throws SQLException {
        ComplaintIntake intake = new ComplaintIntake(
                Channel.valueOf(rs.getString("channel")),
                ContactType.valueOf(rs.getString("contact_type")),
                Category.valueOf(rs.getString("category")),
                rs.getString("customer_name"),
                rs.getString("customer_phone"),
                VipLevel.valueOf(rs.getString("vip_level")),
                rs.getString("description"),
                rs.getBoolean("resolved_at_first_contact"),
                rs.getBoolean("major"),
                rs.getString("repeat_of"),
                null, null); // a referral is the process's and the trail's, not the ticket row's
        return new Ticket(rs.getString("ticket_no"), rs.getString("process_instance_id"), intake,
                rs.getString("owner"), TicketStatus.Status.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class),
                rs.getObject("answer_deadline", OffsetDateTime.class),
                rs.getInt("escalation_level"),
                rs.getInt("answer_level"),
                rs.getObject("answer_paused_at", OffsetDateTime.class),
                rs.getLong("answer_paused_seconds"),
                rs.getObject("answered_at", OffsetDateTime.class));
    }
}
