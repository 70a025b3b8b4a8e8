package com.callcentre.workflow.leave;

import com.callcentre.workflow.staff.ShiftTimes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Readable request ids: 请假 (QJ), the business date and a database sequence, e.g.
 * {@code QJ20261122-0001}. The sequence makes them unique across restarts and nodes.
 */
@Component
class LeaveNumbers {

    static final String PATTERN = "^QJ\\d{8}-\\d{4,}$";
    private static final String PREFIX = "QJ";
    private static final String SEQUENCE = "leave_request_no_seq";

    private final DataFieldMaxValueIncrementer sequence;
    private final ShiftTimes times;

    LeaveNumbers(DataSource dataSource, ShiftTimes times) {
        this.sequence = sequenceFor(dataSource);
        this.times = times;
    }

    String next(Instant now) {
        return PREFIX + DateTimeFormatter.BASIC_ISO_DATE.format(times.dateOf(now)) + "-"
                + String.format("%04d", sequence.nextLongValue());
    }

    private static DataFieldMaxValueIncrementer sequenceFor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            if (product.contains("postgres")) {
                return new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE);
            }
            if (product.contains("h2")) {
                return new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
            }
            throw new IllegalStateException("No leave request sequence for database " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database product", e);
        }
    }
}
