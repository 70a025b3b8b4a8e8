package com.callcentre.workflow.attendance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables {@code attendance_publication} and {@code attendance_published_line}: each month's
 * register as it was published, a snapshot per person. The month's primary key is the guard of
 * "once": a second publication of the month writes nothing; two nodes publishing at the same
 * moment collide on the key, and the later transaction rolls back (its job is retried and then
 * finds the month published).
 */
@Component
class PublishedRegisters {

    /** A month's register as published. */
    record Published(YearMonth month, Instant publishedAt, String publishedBy, List<RegisterLine> lines) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PublishedRegisters(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Freezes the month's lines as published; {@code false} (and nothing written) when it was published already. */
    boolean publish(YearMonth month, Instant at, String by, List<RegisterLine> lines) {
        int inserted = jdbc.sql("""
                insert into attendance_publication (register_month, published_at, published_by, people)
                select ?, ?, ?, ? where not exists (select 1 from attendance_publication where register_month = ?)""")
                .params(month.toString(), at.atOffset(ZoneOffset.UTC), by, lines.size(), month.toString()).update();
        if (inserted == 0) {
            return false;
        }
        for (RegisterLine line : lines) {
            jdbc.sql("insert into attendance_published_line (register_month, employee, line_json) values (?, ?, ?)")
                    .params(month.toString(), line.employee(), write(line)).update();
        }
        return true;
    }

    Optional<Published> of(YearMonth month) {
        return jdbc.sql("select published_at, published_by from attendance_publication where register_month = ?")
                .param(month.toString())
                .query((rs, row) -> new Published(month, rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getString(2), lines(month)))
                .optional();
    }

    private List<RegisterLine> lines(YearMonth month) {
        return jdbc.sql("select line_json from attendance_published_line where register_month = ? order by employee")
                .param(month.toString()).query(String.class).list().stream().map(this::read).toList();
    }

    private String write(RegisterLine line) {
        try {
            return json.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("register line of " + line.employee(), e);
        }
    }

    private RegisterLine read(String text) {
        try {
            return json.readValue(text, RegisterLine.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("published register line", e);
        }
    }
}
