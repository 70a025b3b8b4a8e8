package com.callcentre.workflow.leave;

import com.callcentre.workflow.staff.ShiftTimes;
import com.callcentre.workflow.system.ReadableNumbers;
import java.time.Instant;
import javax.sql.DataSource;
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

    private final ReadableNumbers numbers;

    LeaveNumbers(DataSource dataSource, ShiftTimes times) {
        this.numbers = new ReadableNumbers(dataSource, SEQUENCE, PREFIX, 4, times.zone());
    }

    String next(Instant now) {
        return numbers.next(now);
    }
}
