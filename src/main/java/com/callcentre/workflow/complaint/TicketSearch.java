package com.callcentre.workflow.complaint;

import com.callcentre.workflow.complaint.ComplaintIntake.Category;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tickets by any of their facts, newest first, one page at a time (issue 16, the {@code search}
 * package's {@code GET /api/tickets}): the complaint package's API onto its ticket and order
 * tables. Who may see what ({@link Scope}) is a condition of the query itself, so a page and its
 * total hold only tickets the reader may see. Each filter has its index (V1, V20); portable SQL
 * (H2 and PostgreSQL): the description's words by {@code lower(..) like}, escaped.
 */
@Repository
public class TicketSearch {

    /**
     * The filters; {@code null} (or {@code false}) leaves one out.
     *
     * @param phoneHash the keyed hash of the customer's number ({@link PhoneHash}), never the number
     * @param from      registered at or after
     * @param to        registered before
     * @param text      words of the description, case-insensitive, as one piece of text
     */
    public record Criteria(String phoneHash, String ticketNo, TicketStatus.Status status, Category category,
            String department, String owner, OffsetDateTime from, OffsetDateTime to, boolean repeatOnly,
            String text) {
    }

    /**
     * What the reader may see: every ticket, or those of any of: their own ({@code owner}, CP-2), the
     * caller's on the phone ({@code phoneHash}: an agent's search by the number, for the call in
     * hand), those their departments have had an order for ({@code departments}). Nothing of these:
     * nothing.
     */
    public record Scope(boolean all, String owner, String phoneHash, List<String> departments) {

        public static final Scope ALL = new Scope(true, null, null, List.of());

        public Scope {
            departments = departments == null ? List.of() : List.copyOf(departments);
        }
    }

    /**
     * One ticket found: codes as stored; {@code departments} the codes of the departments it has had
     * an order for, in the order they got their first; the customer's phone masked (CP-9).
     */
    public record Hit(String ticketNo, String status, String category, String vipLevel, String owner,
            OffsetDateTime registeredAt, List<String> departments, String customerPhone) {
    }

    /**
     * A page and how many tickets match: exactly ({@code totalExact}), or at least {@code total} when
     * the count stopped at its limit (a count of every match is a scan of every match: issue 14/16).
     */
    public record Found(List<Hit> items, long total, boolean totalExact) {
    }

    private final JdbcClient jdbc;

    TicketSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The page (0-based) of {@code size} tickets, newest first, and how many there are in all. */
    public Found search(Criteria criteria, Scope scope, int page, int size) {
        return search(criteria, scope, page, size, 0);
    }

    /**
     * The page (0-based) of {@code size} tickets, newest first, and how many there are, counted up to
     * {@code countLimit} (or up to the page's end, if further) and no further: beyond it the total is
     * a lower bound. {@code countLimit} 0: an exact count.
     */
    public Found search(Criteria criteria, Scope scope, int page, int size, long countLimit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(criteria, scope, params);
        long total;
        boolean exact = true;
        if (countLimit <= 0) {
            total = jdbc.sql("select count(*) from ticket t" + where).params(params).query(Long.class).single();
        } else {
            // One row past the limit tells a full count from a cut one; the database stops there.
            long upTo = Math.max(countLimit, (long) (page + 1) * size) + 1;
            params.put("countUpTo", upTo);
            total = jdbc.sql("select count(*) from (select 1 as one from ticket t" + where
                    + " fetch first :countUpTo rows only) counted").params(params).query(Long.class).single();
            params.remove("countUpTo");
            if (total == upTo) {
                total = upTo - 1;
                exact = false;
            }
        }
        if (total == 0 || (long) page * size >= total) {
            return new Found(List.of(), total, exact);
        }
        params.put("offset", (long) page * size);
        params.put("size", size);
        List<Hit> rows = jdbc.sql("""
                select t.ticket_no, t.status, t.category, t.vip_level, t.owner, t.created_at, t.customer_phone
                from ticket t""" + where + """
                 order by t.created_at desc, t.ticket_no desc
                offset :offset rows fetch next :size rows only""")
                .params(params)
                .query((rs, i) -> new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class), List.of(),
                        Masking.phone(rs.getString(7))))
                .list();
        Map<String, List<String>> departments = departmentsOf(rows.stream().map(Hit::ticketNo).toList());
        return new Found(rows.stream().map(h -> new Hit(h.ticketNo(), h.status(), h.category(), h.vipLevel(),
                h.owner(), h.registeredAt(), departments.getOrDefault(h.ticketNo(), List.of()), h.customerPhone()))
                .toList(), total, exact);
    }

    private static String where(Criteria c, Scope scope, Map<String, Object> params) {
        List<String> and = new ArrayList<>();
        if (!scope.all()) {
            List<String> any = new ArrayList<>();
            if (scope.owner() != null) {
                any.add("t.owner = :scopeOwner");
                params.put("scopeOwner", scope.owner());
            }
            if (scope.phoneHash() != null) {
                any.add("t.customer_phone_hash = :scopePhone");
                params.put("scopePhone", scope.phoneHash());
            }
            if (!scope.departments().isEmpty()) {
                any.add("exists (select 1 from department_order s"
                        + " where s.department in (:scopeDepartments) and s.ticket_no = t.ticket_no)");
                params.put("scopeDepartments", scope.departments());
            }
            and.add(any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")");
        }
        add(and, params, "t.customer_phone_hash = :phone", "phone", c.phoneHash());
        add(and, params, "t.ticket_no = :ticketNo", "ticketNo", c.ticketNo());
        add(and, params, "t.status = :status", "status", c.status() == null ? null : c.status().name());
        add(and, params, "t.category = :category", "category", c.category() == null ? null : c.category().name());
        add(and, params, "t.owner = :owner", "owner", c.owner());
        add(and, params, "t.created_at >= :from", "from", c.from());
        add(and, params, "t.created_at < :to", "to", c.to());
        add(and, params, "exists (select 1 from department_order d"
                + " where d.department = :department and d.ticket_no = t.ticket_no)", "department", c.department());
        if (c.repeatOnly()) {
            and.add("t.repeat_of is not null");
        }
        if (c.text() != null) {
            // PostgreSQL's trigram index (db/postgresql V26) serves a term of three characters or more.
            // A shorter one has no trigram: after five runs the driver's prepared statement gets a
            // generic plan, which would read the whole index (0.4 s at 500,000 tickets) where a scan
            // that stops at the count's limit is cheap. Its own SQL text (an expression the index
            // does not match) keeps it on the scan (docs/performance.md, "Ticket search").
            boolean indexable = c.text().codePointCount(0, c.text().length()) >= 3;
            and.add((indexable ? "lower(t.description)" : "(lower(t.description) || '')") + " like :text escape '!'");
            params.put("text", "%" + c.text().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return and.isEmpty() ? "" : " where " + String.join(" and ", and);
    }

    private static void add(List<String> and, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            and.add(condition);
            params.put(name, value);
        }
    }

    private Map<String, List<String>> departmentsOf(List<String> ticketNos) {
        Map<String, List<String>> departments = new LinkedHashMap<>();
        if (ticketNos.isEmpty()) {
            return departments;
        }
        jdbc.sql("""
                select ticket_no, department, min(opened_at) from department_order
                where ticket_no in (:tickets)
                group by ticket_no, department
                order by ticket_no, min(opened_at), department""")
                .param("tickets", ticketNos)
                .query((rs, i) -> departments.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return departments;
    }
}
