package com.callcentre.workflow.complaint;

/**
 * A ticket moved to another status (CP-2: its first-contact owner is told), published in the
 * transaction that moved it, so that whoever listens does its part there or not at all.
 *
 * @param actor who made the change, {@code null} for the engine itself (a timer, a job)
 * @param at    when, as epoch milliseconds: with the status, what tells two changes apart
 */
public record TicketStatusChanged(String ticketNo, String status, String previous, String owner, String actor,
        String category, boolean major, String customerPhoneMasked, long at) {
}
