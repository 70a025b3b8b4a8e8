/**
 * Time limits and escalation (SL-1 to SL-6): the ticket's customer clock, each department
 * order's acknowledge and resolve clocks on the department's working calendar, their pause
 * while waiting for the customer, and escalation level by level. The limits are the DMN table
 * {@code complaint-sla}; the engine's timers act on the deadlines computed here.
 */
package com.callcentre.workflow.escalation;
