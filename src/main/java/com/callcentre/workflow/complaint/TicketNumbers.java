package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.ComplaintSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Ticket numbers people can read and say on the phone (CP-3): prefix, the business date and a
 * database sequence, e.g. {@code CS20261122-000042}. The sequence makes them unique across
 * restarts and across nodes that share the database; the date only helps people.
 */
@Component
class TicketNumbers {

    static final String PATTERN = "^[A-Z]{1,4}\\d{8}-\\d{6,}$";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final DataFieldMaxValueIncrementer sequence;
    private final ComplaintSettings settings;

    TicketNumbers(DataSource dataSource, ComplaintSettings settings) {
        this.sequence = sequenceFor(dataSource);
        this.settings = settings;
    }

    String next() {
        LocalDate day = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), settings.getBusinessZone());
        return settings.getTicketPrefix() + DAY.format(day) + "-" + String.format("%06d", sequence.nextLongValue());
    }

    private static DataFieldMaxValueIncrementer sequenceFor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (product.toLowerCase().contains("postgres")) {
                return new PostgresSequenceMaxValueIncrementer(dataSource, "ticket_no_seq");
            }
            if (product.toLowerCase().contains("h2")) {
                return new H2SequenceMaxValueIncrementer(dataSource, "ticket_no_seq");
            }
            throw new IllegalStateException("No ticket number sequence for database " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database product", e);
        }
    }
}
