package com.callcentre.workflow.escalation;

/**
 * A supervisor's instruction on an overdue order (SL-3: 对上级指示要详细记载), published by
 * {@link SupervisionInstructions} in the supervision task's transaction: the department is told.
 *
 * @param orderTaskId the department's open order task, which the e-mail's link opens; {@code null}
 *                    when the order is waiting for the customer
 */
public record SupervisionInstructed(String ticketNo, String department, int round, int level, String instruction,
        String orderTaskId, String category, boolean major, String customerPhoneMasked) {
}
