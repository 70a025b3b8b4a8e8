/**
 * The weekly and monthly reports of CP-8 and SL-6: per department and category, tickets
 * received, orders dispatched, sent back, answered in time and breached (by escalation level),
 * callbacks by outcome and time to answer, as JSON and CSV under {@code /api/reports}, and the
 * charts page {@code /reports/} for managers and directors. Read-only: it queries the
 * application's tables ({@code ticket}, {@code department_order}, {@code ticket_trail}).
 */
package com.callcentre.workflow.reporting;
