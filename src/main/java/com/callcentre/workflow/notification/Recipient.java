package com.callcentre.workflow.notification;

/**
 * Who receives one message, and in which role: the role decides what the mail asks of them.
 *
 * @param name  how the mail greets them: the department's or the person's name
 * @param group the Camunda group they are told as (the department's, a level's), {@code null}
 *              for the owner: the link opens that group's open task when the model names none
 */
record Recipient(String address, String name, Role role, String group) {

    enum Role {
        /** The order's department, at its mailbox. */
        DEPARTMENT,
        /** The ticket's first-contact owner (CP-2: told of each change). */
        OWNER,
        /** A member of the group in charge at this level: duty leader on a breach, directors above. */
        SUPERVISOR,
        /** A superior skipped by a major complaint's escalation, told afterwards (SL-3). */
        INFORMED,
        /** Told for their knowledge, asked for nothing: the cs-director of a major complaint at intake (CP-4). */
        TOLD
    }
}
