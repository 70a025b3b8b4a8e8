package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.ReadableNumbers;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Request ids people can read (换班 HB, the business date, a database sequence), e.g.
 * {@code HB20261122-0001}: unique across restarts and nodes sharing the database.
 */
@Component
class SwapNumbers {

    static final String PREFIX = "HB";
    private static final String SEQUENCE = "shift_swap_no_seq";

    private final ReadableNumbers numbers;

    SwapNumbers(DataSource dataSource, BusinessClock settings) {
        this.numbers = new ReadableNumbers(dataSource, SEQUENCE, PREFIX, 4, settings.zone());
    }

    String next() {
        return numbers.next(BusinessClock.now());
    }
}
