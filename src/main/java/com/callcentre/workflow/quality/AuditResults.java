package com.callcentre.workflow.quality;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The quality package's API for the reports (CP-8, RP-1): the daily audit's verdicts given in a
 * period, each with the ticket's handler and owner, so a report counts failures per person.
 */
@Component
public class AuditResults {

    /**
     * One ticket's verdict.
     *
     * @param handler who reviewed the receipt (回单审核), or null when nobody did
     * @param owner   the first-contact agent (CP-2)
     * @param failed  不合格
     */
    public record AuditResult(String ticketNo, String category, String handler, String owner, boolean failed) {
    }

    private final AuditBook book;

    AuditResults(AuditBook book) {
        this.book = book;
    }

    /** The verdicts given in [from, to), by when the manager gave them. */
    public List<AuditResult> decided(OffsetDateTime from, OffsetDateTime to) {
        return book.decided(from, to).stream()
                .map(v -> new AuditResult(v.ticketNo(), v.category(), v.handler(), v.owner(),
                        AuditOutcome.FAIL.name().equals(v.outcome())))
                .toList();
    }
}
