package com.callcentre.workflow.complaint;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * CP-9: fills {@code ticket.customer_phone_hash} (V20) for tickets registered before it, at every
 * start, in batches, in ticket-number order. A start rather than a Flyway migration because the hash
 * needs the key of the configuration ({@link PhoneHash}), which a SQL migration cannot use and which
 * SQL has no portable HMAC for; idempotent (only rows without a hash, and a second node filling the
 * same row writes the same value), so it costs one scan when there is nothing to do. Registration
 * fills the column itself ({@link TicketRepository#insert}).
 */
@Component
class PhoneHashBackfill implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PhoneHashBackfill.class);
    static final int BATCH = 500;

    private record Row(String ticketNo, String phone) {
    }

    private final JdbcClient jdbc;
    private final PhoneHash hash;

    PhoneHashBackfill(JdbcClient jdbc, PhoneHash hash) {
        this.jdbc = jdbc;
        this.hash = hash;
    }

    @Override
    public void run(ApplicationArguments args) {
        int filled = fill();
        if (filled > 0) {
            LOG.info("CP-9: keyed phone hash filled for {} tickets", filled);
        }
    }

    /** The number of tickets this call gave a hash. */
    int fill() {
        int filled = 0;
        String after = "";
        while (true) {
            List<Row> rows = jdbc.sql("""
                    select ticket_no, customer_phone from ticket
                    where customer_phone_hash is null and customer_phone is not null and ticket_no > ?
                    order by ticket_no fetch first %d rows only""".formatted(BATCH))
                    .param(after).query((rs, i) -> new Row(rs.getString(1), rs.getString(2))).list();
            for (Row row : rows) {
                filled += jdbc.sql("update ticket set customer_phone_hash = ? where ticket_no = ? and customer_phone_hash is null")
                        .params(hash.of(row.phone()), row.ticketNo()).update();
            }
            if (rows.size() < BATCH) {
                return filled;
            }
            after = rows.get(rows.size() - 1).ticketNo();
        }
    }
}
