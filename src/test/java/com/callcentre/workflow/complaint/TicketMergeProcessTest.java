package com.callcentre.workflow.complaint;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.escalation.SlaFixture;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The merge path of {@code complaint-handling} (issue 16, CP-8): the interrupting event sub-process
 * 工单合并 ({@code mergeRequested} → {@code mergeTicket} → {@code ticketMerged}) ends a duplicate
 * at its departments, with its order's timers and the customer's-answer clock; and a merge meeting
 * the order's breach timer at the same moment is either done after it or refused with a 409,
 * never a 500 and never half done.
 */
@ApplicationTest
class TicketMergeProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture fixture;
    @Autowired
    SlaFixture sla;
    @Autowired
    TicketLinkDesk desk;
    @Autowired
    TicketRepository tickets;
    @Autowired
    TicketLinks links;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PeriodRecords periods;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        init(engine);
        sla.startOnMondayMorning();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aDuplicateAtItsDepartmentsIsMergedItsTasksTimersAndClockEnd() {
        ProcessInstance duplicate = fixture.register("agent1", billingComplaint());
        ProcessInstance survivor = fixture.register("agent2", billingComplaint());
        sla.dispatch(duplicate, "billing");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(duplicate.getId()).timers().count())
                .as("the order's and the answer clock's timers wait").isPositive();
        int mailBefore = sla.mailJobs(duplicate).size();

        fixture.as("manager1", () -> desk.link(duplicate.getBusinessKey(),
                new TicketLinkRequest(survivor.getBusinessKey(), TicketLinkRequest.Kind.MERGE, "重复登记", null)));

        assertThat(passed(duplicate)).contains("mergeRequested", "mergeTicket", "ticketMerged");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(duplicate.getId()).count())
                .isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(duplicate.getId()).count())
                .isZero();
        Ticket merged = tickets.find(duplicate.getBusinessKey()).orElseThrow();
        assertThat(merged.status()).isEqualTo(TicketStatus.Status.MERGED);
        assertThat(merged.answerState()).as("the answer clock ends with the ticket").isEqualTo("ANSWERED");
        assertThat(sla.mailJobs(duplicate)).as("CP-2: the owner is told (OWNER_UPDATE)").hasSize(mailBefore + 1);
        assertThat(tickets.find(survivor.getBusinessKey()).orElseThrow().status())
                .isEqualTo(TicketStatus.Status.AWAITING_DISPATCH);
        assertThat(fixture.task(survivor.getBusinessKey(), "dispatch")).isNotNull();

        // CP-8: the reports count the surviving ticket once, not the merged duplicate nor its withdrawn order.
        OffsetDateTime from = SlaFixture.MONDAY_9.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC);
        OffsetDateTime to = SlaFixture.MONDAY_9.plus(Duration.ofDays(3)).atOffset(ZoneOffset.UTC);
        assertThat(periods.received(from, to).stream().map(PeriodRecords.Received::ticketNo))
                .contains(survivor.getBusinessKey()).doesNotContain(duplicate.getBusinessKey());
        List<Long> withdrawn = jdbc.sql("select id from department_order where ticket_no = ?")
                .param(duplicate.getBusinessKey()).query(Long.class).list();
        assertThat(withdrawn).as("the duplicate had its order").isNotEmpty();
        assertThat(periods.orders(from, to, PeriodRecords.OrderTime.OPENED)).extracting(PeriodRecords.Order::id)
                .doesNotContainAnyElementsOf(withdrawn);
    }

    @Test
    void aMergeMeetingTheBreachTimerIsDoneAfterItOrRefusedWith409() throws Exception {
        ProcessInstance duplicate = fixture.register("agent1", billingComplaint());
        ProcessInstance survivor = fixture.register("agent1", billingComplaint());
        sla.dispatch(duplicate, "billing");
        SlaFixture.at(Duration.ofHours(48));
        String timer = sla.dueTimer(duplicate, "breachTimer").get(0).getId();

        CountDownLatch fired = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The timer's transaction holds the instance's rows, uncommitted, while the merge comes in.
        CompletableFuture<Void> job = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            engine.getManagementService().executeJob(timer);
            fired.countDown();
            await(release);
        }));
        assertThat(fired.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<HttpStatus> merge = CompletableFuture.supplyAsync(() -> fixture.as("manager1", () -> {
            try {
                desk.link(duplicate.getBusinessKey(), new TicketLinkRequest(survivor.getBusinessKey(),
                        TicketLinkRequest.Kind.MERGE, "重复登记", null));
                return HttpStatus.CREATED;
            } catch (TicketLinkDesk.Refused e) {
                return e.status;
            }
        }));
        Thread.sleep(300);
        release.countDown();
        job.get(30, TimeUnit.SECONDS);
        HttpStatus answer = merge.get(30, TimeUnit.SECONDS);

        assertThat(answer).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
        TicketStatus.Status status = tickets.find(duplicate.getBusinessKey()).orElseThrow().status();
        if (answer == HttpStatus.CREATED) {
            assertThat(status).isEqualTo(TicketStatus.Status.MERGED);
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(duplicate.getId())
                    .count()).isZero();
        } else {
            assertThat(status).as("nothing of the merge kept").isEqualTo(TicketStatus.Status.AT_DEPARTMENTS);
            assertThat(links.mergeOf(duplicate.getBusinessKey())).isEmpty();
        }
    }

    private List<String> passed(ProcessInstance pi) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).list()
                .stream().map(HistoricActivityInstance::getActivityId).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
