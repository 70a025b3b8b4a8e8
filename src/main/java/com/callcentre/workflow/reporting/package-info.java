/**
 * The weekly and monthly reports of CP-8 and SL-6: per department and category, tickets
 * received, orders dispatched, sent back, answered in time and breached (by escalation level),
 * callbacks by outcome and time to answer, as JSON and CSV under {@code /api/reports}, and the
 * charts page {@code /reports/} for managers and directors; the daily audit's failures per
 * handler and per owner and each person's reviews, answers and callbacks (CP-8, RP-1); the
 * repeat-complaint rate; the customers answered late (SL-1). Read-only: it reads the complaint package's records
 * ({@code complaint.PeriodRecords}) and the quality package's verdicts ({@code quality.AuditResults}).
 */
package com.callcentre.workflow.reporting;
