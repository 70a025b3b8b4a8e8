package com.callcentre.workflow.escalation;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static com.callcentre.workflow.escalation.SlaFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SL-1, SL-2 (issue 15): the centre's own steps are due within the limits of
 * {@code complaint-sla}, counted from the moment each task opens, so a late dispatch, review,
 * callback, customer contact or takeover is in Tasklist's 超时 like a late order. Every case
 * starts on Monday 2030-03-04 09:00 in Shanghai (SlaFixture).
 */
@ApplicationTest
class CentreStepLimitsProcessTest {

    static final Instant MONDAY_9 = SlaFixture.MONDAY_9;

    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture fixture;
    @Autowired
    SlaFixture sla;

    @BeforeEach
    void startOnMondayMorning() {
        init(engine);
        sla.startOnMondayMorning();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachCentreStepOfAnOrdinaryTicketIsDueWithinItsLimitFromWhenItOpens() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        String ticketNo = pi.getBusinessKey();
        assertThat(task(ticketNo, "dispatch").getDueDate()).as("dispatch: 2 h").isEqualTo(due(0, 0, 2));

        at(Duration.ofMinutes(90));
        fixture.complete("manager1", task(ticketNo, "dispatch"), departments("billing"));
        at(Duration.ofHours(5));
        fixture.complete("billing1", task(ticketNo, "handleOrder"),
                Map.of("orderOutcome", "NEED_INFO", "infoRequest", "请客户提供扣费短信截图"));
        assertThat(task(ticketNo, "requestCustomerInfo").getDueDate()).as("asking the customer: 8 h")
                .isEqualTo(due(5, 0, 8));

        at(Duration.ofHours(6));
        fixture.complete("agent1", task(ticketNo, "requestCustomerInfo"), Map.of("customerInfo", "截图已收到"));
        at(Duration.ofHours(7));
        fixture.complete("billing1", task(ticketNo, "handleOrder"),
                Map.of("orderOutcome", "RESOLVED", "receipt", "已退还多扣费用"));
        assertThat(task(ticketNo, "reviewReceipt").getDueDate()).as("review: 8 h").isEqualTo(due(7, 0, 8));

        at(Duration.ofHours(9).plusMinutes(30));
        fixture.complete("handler1", task(ticketNo, "reviewReceipt"), Map.of("receiptAccepted", true));
        assertThat(task(ticketNo, "callback").getDueDate()).as("callback: 24 h").isEqualTo(due(9, 30, 24));
    }

    @Test
    void aMajorComplaintsCentreStepsHaveTheShortestLimits() {
        ProcessInstance pi = fixture.register("agent1", with(with(billingComplaint(), "major", true), "vipLevel", "GOLD"));

        assertThat(task(pi.getBusinessKey(), "dispatch").getDueDate()).as("dispatch of a major complaint: 15 min")
                .isEqualTo(Date.from(MONDAY_9.plus(Duration.ofMinutes(15))));
    }

    @Test
    void theDutyLeadersTakeoverIsDueWithinItsLimit() {
        ProcessInstance pi = fixture.register("agent1", with(billingComplaint(), "vipLevel", "DIAMOND"));
        String ticketNo = pi.getBusinessKey();
        for (int callback = 1; callback <= 3; callback++) {
            fixture.complete("manager1", task(ticketNo, "dispatch"), departments("billing"));
            fixture.complete("billing1", task(ticketNo, "handleOrder"), Map.of("orderOutcome", "RESOLVED", "receipt", "已处理"));
            fixture.complete("handler1", task(ticketNo, "reviewReceipt"), Map.of("receiptAccepted", true));
            at(Duration.ofHours(callback));
            fixture.complete("agent1", task(ticketNo, "callback"),
                    Map.of("callbackOutcome", "UNSATISFIED", "callbackNote", "仍不满意"));
        }

        assertThat(task(ticketNo, "dutyLeaderTakeover").getDueDate()).as("takeover of a DIAMOND customer's ticket: 2 h")
                .isEqualTo(due(3, 0, 2));
    }

    private Task task(String ticketNo, String key) {
        return fixture.task(ticketNo, key);
    }

    /** Monday 09:00 plus {@code hours}:{@code minutes}, plus a limit of {@code limitHours}. */
    private static Date due(int hours, int minutes, int limitHours) {
        return Date.from(MONDAY_9.plus(Duration.ofHours(hours).plusMinutes(minutes).plusHours(limitHours)));
    }

    private static Map<String, Object> departments(String... codes) {
        return Map.of("departments", SpinValues.jsonValue(Spin.JSON(List.of(codes)).toString()).create());
    }
}
