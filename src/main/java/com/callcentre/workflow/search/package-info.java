/**
 * Finding a ticket (issue 16, CP-2, CP-3, CP-9): {@code GET /api/tickets} and its CSV
 * {@code GET /api/tickets.csv}, each reader limited to what their role may see, and the record of
 * every search by phone for the quality inspector ({@code ticket_phone_search},
 * {@code GET /api/ticket-phone-searches}). The tickets are the complaint package's, read through
 * {@link com.callcentre.workflow.complaint.TicketSearch}; the number is looked up by its keyed hash
 * ({@link com.callcentre.workflow.complaint.PhoneHash}), never in clear.
 */
@OwnsTables({"ticket_phone_search"})
package com.callcentre.workflow.search;

import com.callcentre.workflow.system.OwnsTables;
