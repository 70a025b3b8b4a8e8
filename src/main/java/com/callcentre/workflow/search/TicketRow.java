package com.callcentre.workflow.search;

import com.callcentre.workflow.complaint.TicketSearch;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One ticket of {@code GET /api/tickets}: the ticket as found ({@link TicketSearch.Hit}) and
 * {@code mayOpen}, whether the reader may open its whole view ({@code GET /api/complaints/{ticketNo}}).
 * A department liaison finds their department's tickets but reads its order in their Tasklist task,
 * not the ticket's view (CP-9): the search page shows such a number as text with that hint instead
 * of a row that ends in a 403.
 */
record TicketRow(String ticketNo, String status, String category, String vipLevel, String owner,
        OffsetDateTime registeredAt, List<String> departments, String customerPhone, boolean mayOpen) {

    static TicketRow of(TicketSearch.Hit hit, boolean mayOpen) {
        return new TicketRow(hit.ticketNo(), hit.status(), hit.category(), hit.vipLevel(), hit.owner(),
                hit.registeredAt(), hit.departments(), hit.customerPhone(), mayOpen);
    }
}
