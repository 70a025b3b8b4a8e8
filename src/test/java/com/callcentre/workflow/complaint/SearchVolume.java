package com.callcentre.workflow.complaint;

import com.callcentre.workflow.complaint.ComplaintIntake.Category;
import com.callcentre.workflow.complaint.ComplaintIntake.Channel;
import com.callcentre.workflow.complaint.ComplaintIntake.ContactType;
import com.callcentre.workflow.complaint.ComplaintIntake.VipLevel;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ticket search's tables at volume for the benchmark (bench.SearchData, issue 16), written
 * by the complaint package's own code: each ticket row by {@link TicketRepository#insert} (the
 * statement registration runs, with the keyed phone hash of {@link PhoneHash}, CP-9), each
 * department order by the statement {@link DepartmentOrderBook#open} runs, in JDBC batches.
 * No engine instance behind them: the search reads only these two tables.
 */
public final class SearchVolume {

    /** One ticket as registration would store it. */
    public record Row(String ticketNo, Channel channel, Category category, VipLevel vipLevel, String customerName,
            String customerPhone, String description, boolean resolvedAtFirstContact, boolean major, String repeatOf,
            String owner, TicketStatus.Status status, OffsetDateTime createdAt) {
    }

    /** One department's order of a ticket, opened at its time (answered, when answeredAt is set). */
    public record Order(String ticketNo, int roundNo, String department, OffsetDateTime openedAt, String outcome,
            String answeredBy, OffsetDateTime answeredAt) {
    }

    private final TicketRepository tickets;
    private final JdbcTemplate jdbc;

    private SearchVolume(TicketRepository tickets, JdbcTemplate jdbc) {
        this.tickets = tickets;
        this.jdbc = jdbc;
    }

    public static SearchVolume of(ApplicationContext context) {
        return new SearchVolume(context.getBean(TicketRepository.class), context.getBean(JdbcTemplate.class));
    }

    /** Run inside the caller's transaction: the rows of one chunk commit together. */
    public void insert(List<Row> rows, List<Order> orders) {
        for (Row r : rows) {
            ComplaintIntake intake = new ComplaintIntake(r.channel(), ContactType.COMPLAINT, r.category(),
                    r.customerName(), r.customerPhone(), r.vipLevel(), r.description(), r.resolvedAtFirstContact(),
                    r.major(), r.repeatOf(), null, null);
            tickets.insert(new Ticket(r.ticketNo(), null, intake, r.owner(), r.status(), r.createdAt()));
        }
        // DepartmentOrderBook.open's statement, with the answer CheckOrderAnswer records for the older ones.
        jdbc.batchUpdate("insert into department_order (ticket_no, round_no, department, opened_at, outcome,"
                + " answered_by, answered_at) values (?, ?, ?, ?, ?, ?, ?)", orders, 1_000, (ps, o) -> {
                    ps.setString(1, o.ticketNo());
                    ps.setInt(2, o.roundNo());
                    ps.setString(3, o.department());
                    ps.setTimestamp(4, Timestamp.from(o.openedAt().toInstant()));
                    ps.setString(5, o.outcome());
                    ps.setString(6, o.answeredBy());
                    ps.setTimestamp(7, o.answeredAt() == null ? null : Timestamp.from(o.answeredAt().toInstant()));
                });
    }
}
