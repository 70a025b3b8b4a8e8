package com.callcentre.workflow.complaint;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code GET /api/complaints/{ticketNo}}: where a ticket stands and how it got there; {@code mayLink}:
 * whether the reader may link or merge it (issue 16: complaint managers and directors), for the
 * search page's form (the API checks it again on the write).
 */
public record TicketView(
        String ticketNo,
        String processInstanceId,
        String status,
        String owner,
        String channel,
        String type,
        String category,
        String vipLevel,
        boolean major,
        String repeatOf,
        String description,
        Customer customer,
        OffsetDateTime createdAt,
        OffsetDateTime closedAt,
        CustomerClock customerClock,
        List<Step> currentSteps,
        List<DepartmentOrder> orders,
        List<TicketTrail.Entry> trail,
        List<Link> links,
        boolean mayLink) {

    /**
     * A link to another ticket (issue 16), as this ticket shows it: {@code kind} LINKED (关联),
     * MERGED_INTO (this ticket was merged into {@code ticketNo}) or MERGED_FROM ({@code ticketNo}
     * was merged into this one); who, when and why.
     */
    public record Link(String ticketNo, String kind, String linkedBy, OffsetDateTime linkedAt, String reason) {
    }

    /** Masked (CP-9): the full phone is only on the callback task. */
    public record Customer(String name, String phone) {
    }

    /**
     * SL-1: the customer's answer: its deadline; {@code state} RUNNING, PAUSED (the centre waits
     * for the customer), BREACHED or ANSWERED; {@code level} the level its own escalation reached
     * (SL-3); {@code pausedMinutes} in all; {@code escalationLevel} the highest level the ticket
     * reached, any order's or this clock's.
     */
    public record CustomerClock(OffsetDateTime answerDeadline, boolean breached, int escalationLevel, String state,
            int level, OffsetDateTime pausedSince, long pausedMinutes, OffsetDateTime answeredAt) {
    }

    /**
     * An open task; {@code due} and {@code followUp} are an order's resolve deadline and reminder
     * point, or a centre step's limit (SL-1, SL-2); {@code clock} RUNNING or BREACHED against
     * {@code due}, {@code null} for a task without one.
     */
    public record Step(String taskId, String key, String name, String assignee, List<String> candidateGroups,
            String department, OffsetDateTime since, OffsetDateTime due, OffsetDateTime followUp, String clock) {
    }

    TicketView(Ticket t, List<Step> steps, List<DepartmentOrder> orders, List<TicketTrail.Entry> trail,
            List<Link> links, boolean mayLink) {
        this(t.ticketNo(), t.processInstanceId(), t.status().name(), t.owner(), t.intake().channel().name(),
                t.intake().type().name(), t.intake().category().name(), t.intake().vipLevel().name(),
                t.intake().major(), t.intake().repeatOf(), t.intake().description(),
                new Customer(Masking.name(t.intake().customerName()), Masking.phone(t.intake().customerPhone())),
                t.createdAt(), t.closedAt(), new CustomerClock(t.answerDeadline(), t.answerBreached(), t.escalationLevel(),
                        t.answerState(), t.answerLevel(), t.answerPausedAt(), t.answerPausedSeconds() / 60, t.answeredAt()),
                steps, orders, trail, links, mayLink);
    }
}
