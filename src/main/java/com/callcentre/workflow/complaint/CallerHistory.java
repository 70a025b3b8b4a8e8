package com.callcentre.workflow.complaint;

import com.callcentre.workflow.complaint.ComplaintIntake.Category;
import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.system.BusinessClock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * CP-3: the caller's history at intake (issue 16). The tickets of the caller's number (found by its
 * keyed hash, {@link PhoneHash}) registered in the last {@code complaint.caller-history-days} days,
 * newest first, and the one proposed as the original of a repeat complaint: the newest that is
 * still open, else the newest on the same category. The agent confirms the proposal ({@code repeatOf})
 * or clears it; only what is registered as {@code repeatOf} counts as a repeat.
 *
 * <p>CP-9: only what the agent needs to decide (number, status, category, when, open), never the
 * customer's name, phone or the description; every look at a number's history is published as a
 * {@link CallerHistoryShown} for the phone-search record the quality inspector reads.
 */
@Component
public class CallerHistory {

    /** The most tickets shown: a caller with more in the window has something else going on. */
    static final int MAX_TICKETS = 50;

    /** One earlier ticket of the caller; codes as stored, the category also by the intake form's name. */
    public record EarlierTicket(String ticketNo, String status, String category, String categoryName,
            OffsetDateTime registeredAt, boolean open, boolean proposedRepeat) {
    }

    /** The caller's tickets, newest first, and the number of the proposed original ({@code null}: none). */
    public record History(List<EarlierTicket> earlierTickets, String proposedRepeatOf) {
    }

    private final JdbcClient jdbc;
    private final PhoneHash phoneHash;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final IntakeLabels labels;
    private final Duration window;

    CallerHistory(JdbcClient jdbc, PhoneHash phoneHash, CurrentUser currentUser, ApplicationEventPublisher events,
            IntakeLabels labels, @Value("${complaint.caller-history-days:90}") int days) {
        if (days < 1) {
            throw new IllegalStateException("complaint.caller-history-days must be at least 1, is " + days);
        }
        this.jdbc = jdbc;
        this.phoneHash = phoneHash;
        this.currentUser = currentUser;
        this.events = events;
        this.labels = labels;
        this.window = Duration.ofDays(days);
    }

    /**
     * The history of the number for the current user, recorded as a look at it (CP-9).
     *
     * @param category  the category of the call in hand; {@code null}: only an open ticket is proposed
     * @param excluding the ticket just registered for this call, {@code null} before registering
     */
    public History of(String phone, Category category, String excluding) {
        String hash = phoneHash.of(phone);
        if (hash == null) {
            return new History(List.of(), null);
        }
        List<Row> rows = jdbc.sql("""
                select ticket_no, status, category, created_at from ticket
                where customer_phone_hash = :hash and created_at >= :since
                order by created_at desc, ticket_no desc
                fetch first :limit rows only""")
                .param("hash", hash)
                .param("since", BusinessClock.timestamp().minus(window))
                .param("limit", MAX_TICKETS + 1)
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class)))
                .list().stream()
                .filter(r -> !r.ticketNo().equals(excluding))
                .limit(MAX_TICKETS)
                .toList();
        String proposed = proposal(rows, category).map(Row::ticketNo).orElse(null);
        List<EarlierTicket> earlier = rows.stream().map(r -> new EarlierTicket(r.ticketNo(), r.status(), r.category(),
                labels.nameOf("category", r.category()), r.registeredAt(), r.open(), r.ticketNo().equals(proposed))).toList();
        events.publishEvent(new CallerHistoryShown(currentUser.id().orElse(null), PhoneHash.masked(phone), hash,
                earlier.size()));
        return new History(earlier, proposed);
    }

    /** CP-3: the newest open ticket, else the newest on the same category (rows are newest first). */
    private static Optional<Row> proposal(List<Row> rows, Category category) {
        return rows.stream().filter(Row::open).findFirst()
                .or(() -> rows.stream().filter(r -> category != null && category.name().equals(r.category()))
                        .findFirst());
    }

    private record Row(String ticketNo, String status, String category, OffsetDateTime registeredAt) {

        boolean open() {
            return !TicketStatus.Status.valueOf(status).terminal();
        }
    }
}
