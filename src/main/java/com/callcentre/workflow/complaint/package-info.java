/**
 * The complaint lifecycle (domain rules CP-1 to CP-9): intake over {@code POST /api/complaints}
 * or the Tasklist start form, the {@code complaint-handling} process's beans (registration,
 * dispatch, department orders, callback, archive), the ticket table and its trail.
 */
@OwnsTables({"ticket", "ticket_trail", "department_order", "customer_data_read", "ticket_no_seq", "ticket_link"})
package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.OwnsTables;

