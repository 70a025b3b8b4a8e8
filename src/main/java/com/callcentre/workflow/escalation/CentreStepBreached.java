package com.callcentre.workflow.escalation;

import java.util.Date;

/**
 * A centre step's limit passed (SL-2): published by {@link CentreStepBreach} inside the timer's
 * transaction, so that whoever reacts (the e-mail to the supervisor) commits or rolls back with it.
 *
 * @param supervisor      the duty leader on duty, or {@code null} when none is
 * @param supervisorGroup the group the late step went to instead when nobody is on duty
 */
public record CentreStepBreached(String ticketNo, String taskId, String stepName, Date deadline,
        String supervisor, String supervisorGroup, String category, boolean major, String customerPhoneMasked) {
}
