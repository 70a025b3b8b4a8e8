package com.callcentre.workflow.quality;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.complaint.TicketTrail;
import com.callcentre.workflow.system.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through {@code daily-audit} (CP-8 检验审核): its timer at 08:00 in Shanghai, a day
 * without closed tickets, a day's archive by category with a failure and its reason, a failure
 * without a reason refused, and a day collected twice. Each test closes its tickets on a day of
 * its own in 2033.
 */
@ApplicationTest
class DailyAuditProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    AuditFixture audits;
    @Autowired
    ComplaintFixture complaints;
    @Autowired
    AuditBook book;
    @Autowired
    TicketTrail trail;
    @Autowired
    DailyAuditSchedule schedule;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void clean() {
        audits.clean();
    }

    @Test
    void theTimerFiresAtEightInShanghaiWhateverTheServersZone() {
        Instant sevenAm = Instant.parse("2033-01-03T23:00:00Z"); // 07:00 on 2033-01-04 in Shanghai
        Assertions.assertThat(schedule.cron(sevenAm, ZoneId.of("UTC"))).isEqualTo("0 0 0 * * ?");
        Assertions.assertThat(schedule.cron(sevenAm, ZoneId.of("Asia/Shanghai"))).isEqualTo("0 0 8 * * ?");
        Assertions.assertThat(schedule.cron(sevenAm, ZoneId.of("Europe/Berlin"))).isEqualTo("0 0 1 * * ?");
        Assertions.assertThat(schedule.cron(Instant.parse("2033-07-03T23:00:00Z"), ZoneId.of("Europe/Berlin")))
                .as("summer time in the server's zone").isEqualTo("0 0 2 * * ?");

        audits.runTimerAt("2033-01-02T08:00");
        Assertions.assertThat(audits.timer().getDuedate().toInstant())
                .as("the next run: tomorrow at 08:00 in Shanghai")
                .isEqualTo(Instant.parse("2033-01-03T00:00:00Z"));
    }

    @Test
    void aDayWithoutClosedTicketsEndsWithoutATask() {
        ProcessInstance audit = audits.runTimerAt("2033-01-02T08:00");

        assertThat(audit).hasPassed("dailyAuditTimer", "collectArchivedTickets", "nothingToAudit")
                .hasNotPassed("auditTicket").isEnded();
        Assertions.assertThat(audit.getBusinessKey()).isEqualTo("JY20330101");
    }

    @Test
    void cp8TheManagerAuditsTheDaysArchiveByCategoryAndAFailureKeepsItsReason() {
        audits.clockAt("2033-03-07T10:00");
        ProcessInstance network = audits.archived("agent2", "NETWORK", "network", "handler1");
        ProcessInstance billing = audits.archived("agent1", "BILLING", "billing", "handler1");
        ProcessInstance consultation = complaints.register("agent1", Map.of("channel", "HOTLINE", "type", "CONSULTATION",
                "category", "BILLING", "customerName", "张三", "customerPhone", "13800138000", "vipLevel", "NONE",
                "description", "咨询套餐资费", "resolvedAtFirstContact", true, "major", false));
        audits.clockAt("2033-03-08T07:59");
        ProcessInstance today = audits.archived("agent1", "BILLING", "billing", "handler1"); // closed on the 8th

        ProcessInstance audit = audits.runTimerAt("2033-03-08T08:00");

        assertThat(audit).isWaitingAt("auditTicket").hasBusinessKey("JY20330307");
        List<Task> tasks = audits.tasks(audit);
        Assertions.assertThat(tasks).as("one task per ticket closed on the 7th, not the consultation (CP-1), "
                + "not the ticket closed today").hasSize(2);
        Assertions.assertThat(tasks).extracting(t -> audits.local(t, "ticketNo"))
                .containsExactlyInAnyOrder(network.getBusinessKey(), billing.getBusinessKey())
                .doesNotContain(consultation.getBusinessKey(), today.getBusinessKey());
        Task billingTask = tasks.stream().filter(t -> billing.getBusinessKey().equals(audits.local(t, "ticketNo")))
                .findFirst().orElseThrow();
        Task networkTask = tasks.stream().filter(t -> network.getBusinessKey().equals(audits.local(t, "ticketNo")))
                .findFirst().orElseThrow();
        assertThat(billingTask).hasCandidateGroup("complaint-manager").hasName("审核归档工单（计费账务）");
        assertThat(networkTask).hasName("审核归档工单（网络质量）");
        Assertions.assertThat(billingTask.getDescription()).contains("CP-8");
        Assertions.assertThat(engine.getTaskService().getVariablesLocal(billingTask.getId()))
                .containsEntry("categoryLabel", "计费账务")
                .containsEntry("handlerName", "陈静（handler1）")
                .containsEntry("ownerName", "王芳（agent1）")
                .containsEntry("auditDayText", "2033-03-07");
        Assertions.assertThat((String) audits.local(billingTask, "auditSummary"))
                .as("what happened, without the customer (CP-9)").contains("审核回单", "回访客户")
                .doesNotContain("张三", "13800138000", "138\\*\\*\\*\\*8000");

        String filterId = engine.getFilterService().createFilterQuery().filterName("每日审核").singleResult().getId();
        List<Task> listed = complaints.as("manager1", () -> engine.getFilterService().<Task>list(filterId)).stream()
                .filter(t -> t.getProcessInstanceId().equals(audit.getId())).toList();
        // By name, so by category (the order of Chinese names is the database's collation's).
        Assertions.assertThat(listed).as("每日审核: the day's archive by category")
                .extracting(Task::getName).containsExactlyInAnyOrder("审核归档工单（网络质量）", "审核归档工单（计费账务）");
        Assertions.assertThat(complaints.as("agent1", () -> engine.getTaskService().createTaskQuery()
                .processInstanceId(audit.getId()).count())).as("only complaint managers see the audit").isZero();

        complaints.complete("manager1", billingTask, Map.of("auditOutcome", "PASS"));
        complaints.complete("manager1", networkTask, Map.of("auditOutcome", "FAIL",
                "auditReason", "回单未写明故障原因即答复客户"));

        assertThat(audit).hasPassed("auditTicket", "auditDone").isEnded();
        Assertions.assertThat(book.find(network.getBusinessKey()).orElseThrow()).satisfies(a -> {
            Assertions.assertThat(a.outcome()).isEqualTo("FAIL");
            Assertions.assertThat(a.reason()).isEqualTo("回单未写明故障原因即答复客户");
            Assertions.assertThat(a.handler()).isEqualTo("handler1");
            Assertions.assertThat(a.owner()).isEqualTo("agent2");
            Assertions.assertThat(a.auditedBy()).isEqualTo("manager1");
        });
        Assertions.assertThat(book.find(billing.getBusinessKey()).orElseThrow().outcome()).isEqualTo("PASS");
        Assertions.assertThat(trail.of(network.getBusinessKey())).last().satisfies(e -> {
            Assertions.assertThat(e.step()).isEqualTo("auditTicket");
            Assertions.assertThat(e.outcome()).isEqualTo("FAIL");
            Assertions.assertThat(e.actor()).isEqualTo("manager1");
        });
    }

    @Test
    void cp8AFailWithoutAReasonIsRefusedAndChangesNothing() {
        audits.clockAt("2033-03-21T10:00");
        ProcessInstance ticket = audits.archived("agent1", "BILLING", "billing", "handler1");
        ProcessInstance audit = audits.runTimerAt("2033-03-22T08:00");
        Task task = audits.tasks(audit).get(0);

        Map<String, Object> blankReason = new HashMap<>(Map.of("auditOutcome", "FAIL", "auditReason", "  "));
        for (Map<String, Object> answer : List.of(Map.<String, Object>of("auditOutcome", "FAIL"), blankReason)) {
            assertThatThrownBy(() -> complaints.complete("manager1", task, answer))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("auditReason")
                    .hasMessageContaining("原因");
        }
        assertThatThrownBy(() -> complaints.complete("manager1", task, Map.of("auditOutcome", "MAYBE")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("auditOutcome");

        assertThat(audit).isWaitingAt("auditTicket");
        Assertions.assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
        Assertions.assertThat(book.find(ticket.getBusinessKey()).orElseThrow().outcome()).isNull();
        Assertions.assertThat(trail.of(ticket.getBusinessKey())).noneMatch(e -> e.step().equals("auditTicket"));
    }

    @Test
    void cp8TheSameDayCollectedTwiceAuditsNothingTwice() {
        audits.clockAt("2033-03-14T10:00");
        ProcessInstance ticket = audits.archived("agent1", "BILLING", "billing", "handler1");
        ProcessInstance first = audits.runTimerAt("2033-03-15T08:00");
        assertThat(first).isWaitingAt("auditTicket");

        ProcessInstance second = audits.runTimerAt("2033-03-15T09:00"); // the timer run again the same day
        assertThat(second).hasPassed("nothingToAudit").isEnded();
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("daily-audit")
                .taskVariableValueEquals("ticketNo", ticket.getBusinessKey()).count()).isOne();

        complaints.complete("manager1", audits.tasks(first).get(0), Map.of("auditOutcome", "PASS"));
        assertThat(first).isEnded();
        ProcessInstance third = audits.runTimerAt("2033-03-15T10:00");
        assertThat(third).hasPassed("nothingToAudit").isEnded();
    }
}
