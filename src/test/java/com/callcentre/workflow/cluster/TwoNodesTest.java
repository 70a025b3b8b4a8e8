package com.callcentre.workflow.cluster;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.WebappSession;
import com.callcentre.workflow.notification.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes on one database (issue 12), each a JVM of its own with its job executor on, as
 * Camunda 7's homogeneous cluster runs: a session made on one works on the other; tickets driven
 * through both alternately; timers due while both run fire once and each mail goes out once; a
 * node killed with {@code kill -9} while it holds jobs is taken over by the other once the jobs'
 * lock expires; and with every node down across the due time, the overdue escalations happen once
 * each, level by level, when a node starts again. On the suite's database: PostgreSQL when the
 * suite runs on it, else the suite's in-memory H2, served to the nodes over TCP.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    /** The nodes' job lock: a killed node's jobs wait this long for another node. */
    static final Duration LOCK_TIME = Duration.ofSeconds(15);
    static final Duration WITHIN = Duration.ofMinutes(2);

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server().withPerMethodLifecycle(false);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;

    private Server h2;
    private final Map<String, String> nodeProperties = new HashMap<>();
    private Node a;
    private Node b;

    @BeforeAll
    void startTwoNodes() throws SQLException {
        nodeProperties.put("camunda.bpm.job-execution.lock-time-in-millis", Long.toString(LOCK_TIME.toMillis()));
        nodeProperties.put("camunda.bpm.job-execution.wait-time-in-millis", "500");
        if (!System.getProperty("spring.profiles.active", "").contains("postgres")) {
            // The suite's in-memory H2, served to the other JVMs (PostgreSQL comes from the environment).
            h2 = Server.createTcpServer("-tcpPort", "0").start();
            nodeProperties.put("spring.datasource.url",
                    "jdbc:h2:tcp://localhost:" + h2.getPort() + "/mem:callcentre-test;DB_CLOSE_DELAY=-1");
        }
        a = Node.start("node-a", nodeProperties);
        b = Node.start("node-b", nodeProperties);
        a.awaitReady();
        b.awaitReady();
    }

    @AfterAll
    void stopNodes() {
        for (Node node : new Node[] {a, b}) {
            if (node != null) {
                node.stop();
            }
        }
        if (h2 != null) {
            h2.stop();
        }
    }

    @BeforeEach
    void noCoverage() {
    }

    @Test
    @Order(1)
    void aSessionMadeOnOneNodeWorksOnTheOther() throws Exception {
        WebappSession onA = WebappSession.logIn(a.port(), "manager1");

        HttpResponse<String> onB = onA.client().send(HttpRequest.newBuilder(b.uri("/camunda/api/admin/auth/user/default"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> apiOnB = onA.client().send(HttpRequest.newBuilder(b.uri("/api/complaints/CS20200101-000001"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
        assertThat(onB.body()).contains("manager1");
        assertThat(apiOnB.statusCode()).as("signed in on B too; the ticket just does not exist").isEqualTo(404);
    }

    @Test
    @Order(2)
    void ticketsThroughBothNodesTimersDueWhileBothRunFireOnceAndEachMailOnce() throws Exception {
        List<String> tickets = dispatchedAlternately(20);
        assertThat(tickets).doesNotHaveDuplicates();

        makeDue("breachTimer", tickets);

        await("a supervision task for every breached order", () -> count(
                "select count(*) from act_ru_task where task_def_key_ = 'superviseLevel1' and proc_inst_id_ in "
                        + "(select process_instance_id from ticket where ticket_no in (%s))", tickets) >= tickets.size());
        Node.sleep(3000); // time for a second node to fire anything twice
        assertThat(count("select count(*) from act_ru_task where task_def_key_ = 'superviseLevel1' and proc_inst_id_ in "
                + "(select process_instance_id from ticket where ticket_no in (%s))", tickets)).isEqualTo(tickets.size());
        assertEachMailOnce(tickets);
    }

    @Test
    @Order(3)
    void aNodeKilledHoldingJobsIsTakenOverAndWithEveryNodeDownOverdueEscalationsHappenOnceLevelByLevel()
            throws Exception {
        List<String> reminded = dispatchedAlternately(30);
        List<String> overdue = dispatchedAlternately(6);
        List<String> all = new ArrayList<>(reminded);
        all.addAll(overdue);
        assertEachMailOnce(all); // the dispatch mails, before any node dies

        makeDue("reminderTimer", reminded);
        Node.sleep(300); // both nodes acquire, and lock, some of them
        a.kill();
        await("every reminder, the killed node's after its lock expired", () -> count(
                "select count(*) from ticket_trail where step = 'reminder' and ticket_no in (%s)", reminded)
                >= reminded.size());
        Node.sleep(3000);
        assertThat(count("select count(*) from ticket_trail where step = 'reminder' and ticket_no in (%s)", reminded))
                .as("each once").isEqualTo(reminded.size());
        assertEachMailOnceSaveTheKilledNodesLast(reminded);

        // Every node down while the breach and both escalation intervals pass.
        b.stop();
        makeDue("breachTimer", overdue);
        makeDue("level2Timer", overdue);
        makeDue("level3Timer", overdue);
        b = Node.start("node-b-again", nodeProperties).awaitReady();

        await("level 3 reached for every overdue order", () -> count(
                "select count(*) from act_ru_task where task_def_key_ = 'superviseLevel3' and proc_inst_id_ in "
                        + "(select process_instance_id from ticket where ticket_no in (%s))", overdue) >= overdue.size());
        Node.sleep(3000);
        for (String level : List.of("superviseLevel1", "superviseLevel2", "superviseLevel3")) {
            assertThat(count("select count(*) from act_ru_task where task_def_key_ = '" + level + "' and proc_inst_id_ in "
                    + "(select process_instance_id from ticket where ticket_no in (%s))", overdue))
                    .as(level + ": once per order, none skipped").isEqualTo(overdue.size());
        }
        assertEachMailOnce(overdue);
    }

    /** Tickets registered and dispatched through A and B in turn, over HTTP. */
    private List<String> dispatchedAlternately(int count) throws Exception {
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ApiClient node = new ApiClient((i % 2 == 0 ? a : b).port());
            ApiClient other = new ApiClient((i % 2 == 0 ? b : a).port());
            HttpResponse<String> created = node.post("/api/complaints", "agent1", billingComplaint());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String ticketNo = ApiClient.JSON.readTree(created.body()).path("ticketNo").asText();
            String task = ApiClient.JSON.readTree(other.get("/engine-rest/task?processInstanceBusinessKey=" + ticketNo
                    + "&taskDefinitionKey=dispatch", "manager1").body()).get(0).path("id").asText();
            HttpResponse<String> dispatched = other.post("/engine-rest/task/" + task + "/complete", "manager1",
                    Map.of("variables", Map.of("departments", Map.of("value", "[\"billing\"]", "type", "Json"))));
            assertThat(dispatched.statusCode()).as(dispatched.body()).isEqualTo(204);
            tickets.add(ticketNo);
        }
        return tickets;
    }

    /** The timers of this boundary event on these tickets' orders: due a minute ago. */
    private void makeDue(String activityId, List<String> tickets) {
        String in = String.join(",", Collections.nCopies(tickets.size(), "?"));
        List<Object> parameters = new ArrayList<>();
        parameters.add(Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))));
        parameters.add(activityId);
        parameters.addAll(tickets);
        int timers = jdbc.sql("update act_ru_job set duedate_ = ? where job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = ?) and process_instance_id_ in "
                + "(select process_instance_id from ticket where ticket_no in (" + in + "))").params(parameters).update();
        assertThat(timers).as(activityId + " timers").isEqualTo(tickets.size());
    }

    private void assertEachMailOnce(List<String> tickets) {
        assertThat(received(tickets).values()).as("no message twice").allMatch(ids -> ids.size() == 1);
    }

    /**
     * A node killed after the server took a message but before its row said SENT: the node that
     * takes the job over sends it again (chosen over a lost escalation, docs/operations.md), under
     * the same Message-ID, which mail clients show once. At most one such per job thread of the
     * killed node (3); every other message once.
     */
    private void assertEachMailOnceSaveTheKilledNodesLast(List<String> tickets) {
        Map<String, List<String>> received = received(tickets);
        List<List<String>> twice = received.values().stream().filter(ids -> ids.size() > 1).toList();
        assertThat(twice).as("resent only what the killed node was sending").hasSizeLessThanOrEqualTo(3)
                .allMatch(ids -> ids.size() == 2 && ids.get(0).equals(ids.get(1)));
    }

    /** Each queued message of these tickets, by key and recipient: the Message-IDs it arrived under. */
    private Map<String, List<String>> received(List<String> tickets) {
        await("the outbox drains", () -> count("select count(*) from mail_outbox where status <> 'SENT' and ticket_no in (%s)",
                tickets) == 0);
        long queued = count("select count(*) from mail_outbox where ticket_no in (%s)", tickets);
        Map<String, List<String>> received = new HashMap<>();
        for (var message : smtp.getReceivedMessages()) {
            try {
                String[] key = message.getHeader("X-Callcentre-Notification");
                if (key != null && tickets.contains(key[0].split(" ")[0])) {
                    received.computeIfAbsent(key[0] + " " + message.getHeader("To")[0], k -> new ArrayList<>())
                            .add(message.getMessageID());
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat((long) received.size()).as("every queued message sent").isEqualTo(queued);
        assertThat(received.values().stream().flatMap(List::stream).distinct().count())
                .as("one Message-ID per queued message").isEqualTo(queued);
        return received;
    }

    private long count(String sql, List<String> tickets) {
        String in = String.join(",", Collections.nCopies(tickets.size(), "?"));
        return jdbc.sql(String.format(sql, in)).params(new ArrayList<Object>(tickets)).query(Long.class).single();
    }

    private static void await(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + WITHIN.plus(LOCK_TIME).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Node.sleep(250);
        }
    }
}
