package com.callcentre.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintService;
import com.callcentre.workflow.notification.TestSmtp;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The query benchmark's data and probe at a tiny size (issue 14): what QueryData makes is what
 * staff would see after a year of work (tickets archived over the months, the monthly report
 * counting them, open tasks of every kind in Tasklist), and every call of the probe answers 200.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class QueryDataTest {

    @RegisterExtension
    static final GreenMailExtension smtp = TestSmtp.server();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintService complaints;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aYearOfTicketsAndOpenTasksOfEveryKindThatTheProbeReads() {
        Instant now = Instant.now();
        QueryData.Made made = new QueryData(engine, complaints, 2).generate(36, 30, now);

        // A year of tickets, each archived on its day, in every one of the twelve months.
        assertThat(jdbc.sql("select status from ticket where ticket_no in (:nos)").param("nos", made.yearTicketNos())
                .query(String.class).list()).hasSize(36).containsOnly("ARCHIVED");
        Set<YearMonth> months = jdbc.sql("select closed_at from ticket where ticket_no in (:nos)")
                .param("nos", made.yearTicketNos()).query(java.time.OffsetDateTime.class).list().stream()
                .map(t -> YearMonth.from(t.atZoneSameInstant(QueryData.ZONE))).collect(Collectors.toSet());
        assertThat(months).hasSizeGreaterThanOrEqualTo(12);
        // No mail of these tickets is left waiting (the outbox drained as the year went by); the
        // suite's other tests leave mail of their own in the shared database.
        List<String> generated = new java.util.ArrayList<>(made.yearTicketNos());
        generated.addAll(made.openTicketNos());
        assertThat(jdbc.sql("select count(*) from mail_outbox where ticket_no in (:nos)").param("nos", generated)
                .query(Long.class).single()).as("mail was queued").isPositive();
        assertThat(jdbc.sql("select count(*) from mail_outbox where status <> 'SENT' and ticket_no in (:nos)")
                .param("nos", generated).query(Long.class).single()).as("mail left waiting").isZero();

        // Open tasks of each kind Tasklist shows, near now.
        List<Task> open = engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKeyIn(made.openTicketNos().toArray(String[]::new)).list();
        assertThat(open).hasSizeGreaterThanOrEqualTo(30);
        assertThat(open.stream().map(Task::getTaskDefinitionKey).collect(Collectors.toSet())).contains("dispatch",
                "handleOrder", "reviewReceipt", "callback", "superviseLevel1", "majorComplaintSupervision",
                "dutyLeaderTakeover");
        assertThat(open.stream().filter(t -> "handleOrder".equals(t.getTaskDefinitionKey()))
                .anyMatch(t -> t.getAssignee() != null)).isTrue();

        // The probe: every Tasklist filter of the duty leader and of billing's liaison, the SLA
        // board and the monthly report answer 200; the report counts the month's tickets.
        QueryProbe probe = new QueryProbe(port);
        for (String user : List.of("leader1", "billing1")) {
            Map<String, String> filters = probe.filters(user);
            assertThat(filters).isNotEmpty();
            assertThat(probe.tasklist(user, filters)).hasSize(2 * filters.size());
        }
        assertThat(probe.filters("leader1")).containsKeys("超时", "升级给我的", "全部任务");
        assertThat(probe.filters("billing1")).containsKey("计费部督办单");
        assertThat(probe.slaBoard("manager1")).isPositive();
        String month = YearMonth.now(QueryData.ZONE).minusMonths(2).toString();
        assertThat(probe.monthlyReport("manager1", month)).isPositive();
        JsonNode report = probe.monthlyReportJson("manager1", month);
        assertThat(report.path("total").path("received").asLong()).isGreaterThanOrEqualTo(2);
    }
}
