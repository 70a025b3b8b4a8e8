package com.callcentre.workflow.complaint;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CP-14: a closed ticket's customer name and phone are erased after the retention, once, on the trail. */
@ApplicationTest
@ExcludeFromProcessCoverage
class CustomerDataErasureTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture fixture;
    @Autowired
    CustomerDataErasure erasure;
    @Autowired
    TicketRepository tickets;
    @Autowired
    TicketTrail trail;

    @BeforeEach
    void setUp() {
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** CP-1: a consultation answered at first contact is archived at once. */
    private static java.util.Map<String, Object> answeredAtOnce() {
        return with(with(billingComplaint(), "type", "CONSULTATION"), "resolvedAtFirstContact", true);
    }

    @Test
    void aTicketClosedLongerThanTheRetentionLosesNameAndPhoneOnceAndTheTrailSaysSo() {
        Instant closed = Instant.parse("2031-01-10T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(closed));
        ProcessInstance old = fixture.register("agent1", answeredAtOnce());
        ClockUtil.setCurrentTime(Date.from(closed.plus(Duration.ofDays(2))));
        ProcessInstance recent = fixture.register("agent1", answeredAtOnce());
        ProcessInstance open = fixture.register("agent1", billingComplaint());

        ClockUtil.setCurrentTime(Date.from(closed.plus(Duration.ofDays(181))));
        erasure.eraseExpired();

        Ticket erased = tickets.find(old.getBusinessKey()).orElseThrow();
        assertThat(erased.intake().customerPhone()).isNull();
        assertThat(erased.intake().customerName()).isNull();
        assertThat(erased.status()).as("the ticket itself stays").isEqualTo(TicketStatus.Status.ARCHIVED);
        assertThat(trail.of(old.getBusinessKey())).filteredOn(e -> e.step().equals(CustomerDataErasure.STEP))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("CP-14", "180"));
        assertThat(tickets.find(recent.getBusinessKey()).orElseThrow().intake().customerPhone()).isEqualTo("13800138000");
        assertThat(tickets.find(open.getBusinessKey()).orElseThrow().intake().customerPhone()).isEqualTo("13800138000");

        erasure.eraseExpired();
        assertThat(trail.of(old.getBusinessKey())).filteredOn(e -> e.step().equals(CustomerDataErasure.STEP)).hasSize(1);
    }
}
