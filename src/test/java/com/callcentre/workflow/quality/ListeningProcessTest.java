package com.callcentre.workflow.quality;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.system.InvalidInputException;
import java.time.Instant;
import java.time.YearMonth;
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
 * Every path through {@code quality-listening} (QA-1 质检抽听): the month's quota of listenings per
 * agent on the first at 08:00 in Shanghai, a score graded by the quality-grade table (pass and
 * fail), a fail without a comment and out-of-range items refused, the reminder of agents below
 * quota near the month's end, the month's end closing the rest, and a month with nothing left.
 */
@ApplicationTest
class ListeningProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ListeningFixture listenings;
    @Autowired
    ComplaintFixture complaints;
    @Autowired
    ListeningBook book;
    @Autowired
    ListeningSchedule schedule;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void clean() {
        listenings.clean();
    }

    @Test
    void qa1TheInspectorsGetTheMonthsQuotaPerAgentOnTheFirstAtEightInShanghai() {
        Assertions.assertThat(schedule.monthlyCycle()).isEqualTo("R/2026-01-01T08:00:00+08:00/P1M");

        ProcessInstance month = listenings.startMonthAt("2034-03-01T08:00");

        assertThat(month).isWaitingAt("scoreListening").hasBusinessKey("ZJ203403");
        List<Task> tasks = listenings.tasks(month);
        Assertions.assertThat(tasks).as("4 listenings for each of the 4 agents").hasSize(16);
        Task first = listenings.task(month, "agent1", 1);
        assertThat(first).hasCandidateGroup("quality-inspector").hasName("质检抽听（王芳（agent1） 第1/4次）");
        Assertions.assertThat(first.getDescription()).contains("QA-1");
        Assertions.assertThat(first.getDueDate().toInstant()).as("due at the month's end, in Shanghai")
                .isEqualTo(Instant.parse("2034-03-31T16:00:00Z"));
        Assertions.assertThat(engine.getTaskService().getVariablesLocal(first.getId()))
                .containsEntry("agentName", "王芳（agent1）")
                .containsEntry("teamName", "赵磊班组")
                .containsEntry("slotText", "第 1 次（本月定额 4 次）");
        Assertions.assertThat(listenings.timer(month, "listeningReminderTimer").getDuedate().toInstant())
                .as("5 days before the month's end, 09:00 in Shanghai").isEqualTo(Instant.parse("2034-03-27T01:00:00Z"));

        String filterId = engine.getFilterService().createFilterQuery().filterName("质检抽听").singleResult().getId();
        Assertions.assertThat(complaints.as("inspector1", () -> engine.getFilterService().<Task>list(filterId)))
                .as("质检抽听 lists the month's listenings to the inspectors").hasSize(16);
        Assertions.assertThat(complaints.as("agent1", () -> engine.getTaskService().createTaskQuery()
                .processInstanceId(month.getId()).count())).as("agents do not see the listenings").isZero();
    }

    @Test
    void qa1AScoreIsGradedByTheTableAndAFailKeepsItsComment() {
        ProcessInstance month = listenings.startMonthAt("2034-04-01T08:00");
        AuditFixture.clockAt("2034-04-10T10:00");

        complaints.complete("inspector1", listenings.task(month, "agent1", 1),
                ListeningFixture.score("2034-04-08", 28, 27, 18, 19)); // 92
        complaints.complete("inspector1", listenings.task(month, "agent1", 2),
                ListeningFixture.score("2034-04-09", 25, 25, 16, 16)); // 82
        complaints.complete("inspector1", listenings.task(month, "agent2", 1),
                ListeningFixture.with(ListeningFixture.score("2034-04-09", 8, 30, 20, 20), // 78, but 服务态度 < 10
                        "listeningComment", "对客户不耐烦，多次打断客户"));

        List<ListeningBook.Listening> scored = book.between(java.time.LocalDate.parse("2034-04-01"),
                java.time.LocalDate.parse("2034-04-30"), null);
        Assertions.assertThat(scored).extracting(ListeningBook.Listening::agent, ListeningBook.Listening::slot,
                ListeningBook.Listening::total, ListeningBook.Listening::grade).containsExactlyInAnyOrder(
                Assertions.tuple("agent1", 1, 92, "EXCELLENT"), Assertions.tuple("agent1", 2, 82, "GOOD"),
                Assertions.tuple("agent2", 1, 78, "FAIL"));
        Assertions.assertThat(scored).filteredOn(l -> l.agent().equals("agent2")).singleElement().satisfies(l -> {
            Assertions.assertThat(l.comment()).isEqualTo("对客户不耐烦，多次打断客户");
            Assertions.assertThat(l.inspector()).isEqualTo("inspector1");
            Assertions.assertThat(l.teamLeader()).isEqualTo("leader1");
            Assertions.assertThat(l.month()).isEqualTo("2034-04");
        });
        Assertions.assertThat(book.doneByAgent(YearMonth.of(2034, 4))).containsEntry("agent1", 2).containsEntry("agent2", 1);
        Assertions.assertThat(listenings.tasks(month)).hasSize(13);
    }

    @Test
    void qa1AFailWithoutACommentOrABadItemIsRefusedAndChangesNothing() {
        ProcessInstance month = listenings.startMonthAt("2034-05-01T08:00");
        AuditFixture.clockAt("2034-05-10T10:00");
        Task task = listenings.task(month, "agent3", 1);

        assertThatThrownBy(() -> complaints.complete("inspector1", task,
                ListeningFixture.score("2034-05-09", 15, 15, 10, 10))) // 50: 不合格
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("listeningComment")
                .hasMessageContaining("评语");
        Map<String, Object> good = ListeningFixture.score("2034-05-09", 28, 28, 18, 18);
        List<Object[]> bads = List.of(new Object[] {"attitudeScore", 31}, new Object[] {"attitudeScore", -1},
                new Object[] {"attitudeScore", 12.5}, new Object[] {"procedureScore", 21},
                new Object[] {"listenedOn", "2034-04-30"}, new Object[] {"listenedOn", "2034-05-11"},
                new Object[] {"listenedOn", "9 May"}, new Object[] {"callRef", " "});
        for (Object[] bad : bads) {
            assertThatThrownBy(() -> complaints.complete("inspector1", task,
                    ListeningFixture.with(good, (String) bad[0], bad[1]))).as(bad[0] + "=" + bad[1])
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining((String) bad[0]);
        }

        assertThat(month).isWaitingAt("scoreListening");
        Assertions.assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
        Assertions.assertThat(book.doneByAgent(YearMonth.of(2034, 5))).isEmpty();
    }

    @Test
    void qa1NearTheMonthsEndTheListeningsOfAgentsBelowQuotaAreFlaggedAndTheEndClosesTheRest() {
        ProcessInstance month = listenings.startMonthAt("2034-06-01T08:00");
        AuditFixture.clockAt("2034-06-20T10:00");
        for (int slot = 1; slot <= 4; slot++) {
            complaints.complete("inspector1", listenings.task(month, "agent1", slot),
                    ListeningFixture.score("2034-06-1" + slot, 25, 25, 15, 15));
        }

        listenings.fire(month, "listeningReminderTimer", "2034-06-26T09:00");

        assertThat(month).hasPassed("flagBelowQuota", "belowQuotaFlagged").isWaitingAt("scoreListening");
        List<Task> open = listenings.tasks(month);
        Assertions.assertThat(open).hasSize(12).allSatisfy(t -> {
            Assertions.assertThat(t.getName()).startsWith("【月底提醒】质检抽听（");
            Assertions.assertThat(t.getPriority()).isEqualTo(80);
        });
        Assertions.assertThat((String) engine.getRuntimeService().getVariable(month.getId(), "belowQuotaText"))
                .contains("李娜（agent2）0/4", "张伟（agent3）0/4", "刘洋（agent4）0/4").doesNotContain("agent1");

        listenings.fire(month, "listeningMonthOver", "2034-07-01T00:00");

        assertThat(month).hasPassed("listeningMonthOver", "listeningMonthClosed").isEnded();
        Assertions.assertThat(book.doneByAgent(YearMonth.of(2034, 6))).containsOnly(Map.entry("agent1", 4));
    }

    @Test
    void qa1AMonthWhoseListeningsAreAllScoredEndsAndAMonthOpenedTwiceListensToNothingTwice() {
        ProcessInstance first = listenings.startMonthAt("2034-08-01T08:00");
        AuditFixture.clockAt("2034-08-20T10:00");
        for (Task task : listenings.tasks(first)) {
            complaints.complete("inspector1", task, ListeningFixture.score("2034-08-19", 27, 27, 18, 18));
        }
        assertThat(first).hasPassed("scoreListening", "listeningsDone").isEnded();
        Assertions.assertThat(book.doneByAgent(YearMonth.of(2034, 8)).values()).containsOnly(4);

        ProcessInstance again = listenings.startMonthAt("2034-08-21T08:00"); // the timer run again in the month
        assertThat(again).hasPassed("openListeningMonth", "nothingToListen").isEnded();
    }
}
