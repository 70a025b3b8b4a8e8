package com.callcentre.workflow.shiftswap;

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
 * Request ids people can read (换班 HB, the business date, a database sequence), e.g.
 * {@code HB20261122-0001}: unique across restarts and nodes sharing the database.
 */
@Component
class SwapNumbers {

    static final String PREFIX = "HB";
    private static final String SEQUENCE = "shift_swap_no_seq";

    private final DataFieldMaxValueIncrementer sequence;
    private final ComplaintSettings settings;

    SwapNumbers(DataSource dataSource, ComplaintSettings settings) {
        this.sequence = sequenceFor(dataSource);
        this.settings = settings;
    }

    String next() {
        LocalDate day = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), settings.getBusinessZone());
        return PREFIX + DateTimeFormatter.BASIC_ISO_DATE.format(day) + "-"
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
            throw new IllegalStateException("No swap request sequence for database " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database product", e);
        }
    }
}
