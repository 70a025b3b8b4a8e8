package com.callcentre.workflow.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;

/**
 * Numbers people can read and say on the phone: a prefix, the business date and a database
 * sequence ({@code CS20261122-000042}, {@code QJ20261122-0001}). The sequence makes them unique
 * across restarts and across nodes sharing the database; the date only helps people.
 */
public final class ReadableNumbers {

    private final DataFieldMaxValueIncrementer sequence;
    private final String prefix;
    private final String digits;
    private final ZoneId zone;

    public ReadableNumbers(DataSource dataSource, String sequenceName, String prefix, int digits, ZoneId zone) {
        this.sequence = sequenceFor(dataSource, sequenceName);
        this.prefix = prefix;
        this.digits = "%0" + digits + "d";
        this.zone = zone;
    }

    public String next(Instant now) {
        return prefix + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.ofInstant(now, zone)) + "-"
                + String.format(digits, sequence.nextLongValue());
    }

    private static DataFieldMaxValueIncrementer sequenceFor(DataSource dataSource, String name) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return new PostgresSequenceMaxValueIncrementer(dataSource, name);
            }
            if (product.contains("h2")) {
                return new H2SequenceMaxValueIncrementer(dataSource, name);
            }
            throw new IllegalStateException("No sequence " + name + " for database " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database product", e);
        }
    }
}
