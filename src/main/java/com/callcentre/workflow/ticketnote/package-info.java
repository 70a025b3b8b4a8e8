/**
 * Notes and attachments on a ticket (issue 16): {@code /api/tickets/{ticketNo}/notes} and
 * {@code /api/tickets/{ticketNo}/attachments}. Any worker of the ticket ({@link
 * com.callcentre.workflow.ticketnote.TicketWorkers}) adds them; whoever may read the ticket (the
 * search's scope, {@link com.callcentre.workflow.search.TicketAccess}) and its workers read them.
 * Files are checked against an allow-list of types, by their declared type and their first bytes,
 * and a size limit ({@link com.callcentre.workflow.ticketnote.AttachmentSettings}); they live in the
 * database. Destroyed with the customer's data (CP-14). Shown in Tasklist (plugin
 * {@code scripts/ticket-notes.js}) and on the search page {@code /tickets/}.
 */
@OwnsTables({"ticket_note", "ticket_attachment"})
package com.callcentre.workflow.ticketnote;

import com.callcentre.workflow.system.OwnsTables;
