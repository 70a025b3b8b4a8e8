package com.callcentre.workflow.complaint;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CP-9: the ticket table keeps the customer's number searchable as its keyed hash
 * ({@code customer_phone_hash}, V20): filled at registration, filled at start for older rows,
 * erased with the number (CP-14).
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class PhoneHashTest {

    @Autowired
    ComplaintFixture fixture;
    @Autowired
    PhoneHash hash;
    @Autowired
    PhoneHashBackfill backfill;
    @Autowired
    CustomerDataErasure erasure;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theHashIsOfTheDigitsKeyedAndNeverTheNumber() {
        assertThat(hash.of("138-0013 8000")).isEqualTo(hash.of("13800138000")).matches("[0-9a-f]{64}")
                .doesNotContain("13800138000", "00138000");
        assertThat(hash.of("13800138001")).isNotEqualTo(hash.of("13800138000"));
        assertThat(hash.of("abc")).isNull();
        assertThat(new PhoneHash("another-key").of("13800138000")).as("keyed").isNotEqualTo(hash.of("13800138000"));
        assertThat(PhoneHash.masked("138 0013 8000")).isEqualTo("138****8000");
    }

    /** China's country code typed in front is no part of the number; a plain number keeps its digits (and hash). */
    @Test
    void cp9TheNumberTypedWithChinasCodeIsTheSameNumber() {
        for (String typed : java.util.List.of("+86 138 0013 8000", "+8613800138000", "008613800138000",
                "0086-138-0013-8000", "8613800138000", "138-0013-8000", "(+86) 13800138000")) {
            assertThat(PhoneHash.digits(typed)).as(typed).isEqualTo("13800138000");
            assertThat(hash.of(typed)).as(typed).isEqualTo(hash.of("13800138000"));
            assertThat(PhoneHash.masked(typed)).as(typed).isEqualTo("138****8000");
        }
        assertThat(PhoneHash.digits("+86 10 8888 8888")).isEqualTo("01088888888");
        assertThat(PhoneHash.digits("0086 755 1234 5678")).isEqualTo("075512345678");
        assertThat(PhoneHash.digits("010-88888888")).as("a fixed line as stored").isEqualTo("01088888888");
        assertThat(PhoneHash.digits("0755 12345678")).isEqualTo("075512345678");
        assertThat(PhoneHash.digits("+1 212 555 0100")).as("another country's stays").isEqualTo("12125550100");
        assertThat(PhoneHash.digits("13912345678")).isEqualTo("13912345678");
        // Fixed lines the intake accepts whose area code begins 086 keep the digits they were stored with.
        for (String stored : java.util.List.of("0086-1234567", "00861234567", "0086 12345678")) {
            assertThat(PhoneHash.digits(stored)).as(stored).isEqualTo(stored.replaceAll("\\D", ""));
        }
    }

    @Test
    void registrationFillsTheHashAndTheStartFillsTicketsWithoutOne() {
        String ticketNo = fixture.register("agent1", with(billingComplaint(), "customerPhone", "13912345678"))
                .getBusinessKey();
        assertThat(hashOf(ticketNo)).isEqualTo(hash.of("13912345678"));

        // A ticket of before V20.
        jdbc.sql("update ticket set customer_phone_hash = null where ticket_no = ?").param(ticketNo).update();
        assertThat(backfill.fill()).isGreaterThanOrEqualTo(1);

        assertThat(hashOf(ticketNo)).isEqualTo(hash.of("13912345678"));
        assertThat(backfill.fill()).as("nothing left to fill").isZero();
    }

    @Test
    void cp14TheHashIsErasedWithTheNumber() {
        Instant closed = Instant.parse("2032-02-10T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(closed));
        String ticketNo = fixture.register("agent1", with(with(billingComplaint(), "type", "CONSULTATION"),
                "resolvedAtFirstContact", true)).getBusinessKey();
        assertThat(hashOf(ticketNo)).isNotNull();

        ClockUtil.setCurrentTime(Date.from(closed.plus(Duration.ofDays(181))));
        erasure.eraseExpired();

        assertThat(hashOf(ticketNo)).isNull();
    }

    private String hashOf(String ticketNo) {
        return jdbc.sql("select customer_phone_hash from ticket where ticket_no = ?").param(ticketNo)
                .query(String.class).optional().orElse(null);
    }
}
