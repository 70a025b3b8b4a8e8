package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.ComplaintSettings;
import com.callcentre.workflow.system.ReadableNumbers;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Ticket numbers people can read and say on the phone (CP-3): prefix, the business date and a
 * database sequence, e.g. {@code CS20261122-000042}. The sequence makes them unique across
 * restarts and across nodes that share the database; the date only helps people.
 */
@Component
class TicketNumbers {

    static final String PATTERN = "^[A-Z]{1,4}\\d{8}-\\d{6,}$";

    private final ReadableNumbers numbers;

    TicketNumbers(DataSource dataSource, ComplaintSettings settings, BusinessClock clock) {
        this.numbers = new ReadableNumbers(dataSource, "ticket_no_seq", settings.getTicketPrefix(), 6, clock.zone());
    }

    String next() {
        return numbers.next(BusinessClock.now());
    }
}
