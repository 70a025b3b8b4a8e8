package com.callcentre.workflow.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's one clock and its one business zone. "Now" is the engine's clock, so that
 * what the application records agrees with the engine's timers and tests that move the engine's
 * clock see one time everywhere; the zone ({@code centre.business-zone}) is where dates on
 * screens, ticket numbers, shifts and working hours are read, whatever the server's zone.
 */
@Component
public class BusinessClock {

    private final ZoneId zone;

    public BusinessClock(@Value("${centre.business-zone:Asia/Shanghai}") ZoneId zone) {
        this.zone = zone;
    }

    /** Now, by the engine's clock. */
    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Now as a database timestamp (UTC). */
    public static OffsetDateTime timestamp() {
        return now().atOffset(ZoneOffset.UTC);
    }

    /** The centre's zone. */
    public ZoneId zone() {
        return zone;
    }

    /** Today in the centre's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }
}
