package com.callcentre.workflow.integrity;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.leave.LeaveFixture;
import com.callcentre.workflow.shiftswap.SwapFixture;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fuzzing (issue 11): thousands of generated bodies to {@code /api} and generated variables to a
 * task completion over {@code /engine-rest}, as staff could send them. Whatever arrives, the answer
 * is never 5xx, and a refused request creates nothing. The values come from jqwik's arbitraries
 * (edge cases first), the shape of each request from a seeded random; a failure names its input.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class FuzzTest {

    static final long SEED = 20261202L;
    static final int API_BODIES = 1600;
    static final int COMPLETIONS = 800;

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture complaints;
    @Autowired
    JdbcClient jdbc;

    private final Random random = new Random(SEED);

    @Autowired
    LeaveFixture leave;
    @Autowired
    SwapFixture swaps;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    /** What a generated body that happened to be valid created on the test dates (2030 on). */
    @AfterEach
    void cleanUp() {
        leave.clean();
        swaps.cleanUp();
    }

    /** Any JSON value a client could send: text (long, markup, Unicode), numbers, booleans, null, lists, objects. */
    static Arbitrary<Object> values() {
        Arbitrary<Object> text = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("张三计费<>[]()\"'{}\\%_*#\u0000\u202e").ofMaxLength(30),
                Arbitraries.strings().alpha().ofMinLength(3990).ofMaxLength(4100),
                Arbitraries.of("", " ", "null", "true", "2030-01-08T08:00+08:00", "+999999999-12-31", "0000-01-01",
                        "9999-12-31", "2026-W99", "NaN", "-1", "[\"billing\"]", "<img src=x>", "[登录](http://evil.example)",
                        "' or 1=1 --", "${1+1}", "#{7*7}", "BILLING", "HOTLINE", "PERSONAL", "agent2"))
                .map(s -> (Object) s);
        Arbitrary<Object> number = Arbitraries.oneOf(
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(0, -1, Integer.MAX_VALUE, Long.MIN_VALUE, 1e308).map(n -> (Object) n));
        Arbitrary<Object> scalar = Arbitraries.frequencyOf(
                Tuple.of(5, text), Tuple.of(2, number),
                Tuple.of(1, Arbitraries.of(true, false).map(b -> (Object) b)),
                Tuple.of(1, Arbitraries.just((Object) null)));
        return Arbitraries.frequencyOf(
                Tuple.of(8, scalar),
                Tuple.of(1, scalar.list().ofMaxSize(5).map(l -> (Object) l)),
                Tuple.of(1, Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(6), scalar)
                        .ofMaxSize(3).map(m -> (Object) m)));
    }

    @Test
    void generatedApiBodiesNeverGetA5xxAndARefusedOneCreatesNothing() throws Exception {
        List<String> paths = List.of("/api/complaints", "/api/leave-requests", "/api/shift-swaps", "/api/shifts",
                "/api/holidays");
        Map<String, Map<String, Object>> valid = Map.of(
                "/api/complaints", billingComplaint(),
                "/api/leave-requests", Map.of("employee", "agent1", "type", "PERSONAL",
                        "start", "2030-01-08T08:00+08:00", "end", "2030-01-08T16:00+08:00", "reason", "家中有事"),
                "/api/shift-swaps", Map.of("requesterShift", 1, "colleague", "agent2", "colleagueShift", 2,
                        "reason", "x", "handoverNote", "y"),
                "/api/shifts", Map.of("employee", "agent1", "date", "2030-01-08", "type", "DAY"),
                "/api/holidays", Map.of("date", "2030-01-08", "kind", "BREAK_DAY", "name", "测试"));
        Map<String, String> users = Map.of("/api/complaints", "agent1", "/api/leave-requests", "agent1",
                "/api/shift-swaps", "agent1", "/api/shifts", "leader1", "/api/holidays", "admin");
        Iterator<Object> seeds = values().sampleStream().iterator();
        for (int i = 0; i < API_BODIES; i++) {
            String path = paths.get(random.nextInt(paths.size()));
            Map<String, Object> body = new LinkedHashMap<>(valid.get(path));
            List<String> fields = new ArrayList<>(body.keySet());
            int changes = 1 + random.nextInt(3);
            for (int c = 0; c < changes; c++) {
                Object value = seeds.next();
                if (random.nextInt(5) == 0) {
                    body.put(Arbitraries.strings().alpha().ofLength(5).sample(), value); // a field no form has
                } else if (random.nextInt(6) == 0) {
                    body.remove(fields.get(random.nextInt(fields.size())));
                } else {
                    body.put(fields.get(random.nextInt(fields.size())), value);
                }
            }
            long before = rows();
            HttpResponse<String> answer = api.post(path, users.get(path), body);
            assertThat(answer.statusCode()).as(path + " " + body + " → " + answer.body()).isLessThan(500);
            if (answer.statusCode() >= 400) {
                assertThat(rows()).as("refused, nothing created: " + path + " " + body).isEqualTo(before);
            }
        }
    }

    @Test
    void generatedCompletionsNeverGetA5xxAndARefusedOneLeavesTheTaskOpen() throws Exception {
        List<String> types = List.of("String", "Integer", "Long", "Double", "Boolean", "Json", "Object", "Date", "Null",
                "Bytes", "Short", "Xml", "Nonsense");
        List<String> names = List.of("departments", "dispatchRound", "owner", "initiator", "callbackAttempts", "swapId",
                "receiptAccepted", "department", "ticketNo", "approved", "x");
        Iterator<Object> seeds = values().sampleStream().iterator();
        String task = dispatchTask();
        for (int i = 0; i < COMPLETIONS; i++) {
            Map<String, Object> variables = new HashMap<>();
            int count = 1 + random.nextInt(3);
            for (int v = 0; v < count; v++) {
                Map<String, Object> variable = new HashMap<>();
                variable.put("value", seeds.next());
                if (random.nextInt(4) > 0) {
                    variable.put("type", types.get(random.nextInt(types.size())));
                }
                if (random.nextInt(8) == 0) {
                    variable.put("valueInfo", Map.of("objectTypeName", "java.util.ArrayList",
                            "serializationDataFormat", random.nextBoolean() ? "application/json" : "application/x-java-serialized-object"));
                }
                variables.put(names.get(random.nextInt(names.size())), variable);
            }
            HttpResponse<String> answer = api.post("/engine-rest/task/" + task + "/complete", "manager1",
                    Map.of("variables", variables));
            assertThat(answer.statusCode()).as(variables + " → " + answer.body()).isLessThan(500);
            boolean open = engine.getTaskService().createTaskQuery().taskId(task).count() == 1;
            if (answer.statusCode() >= 400) {
                assertThat(open).as("refused, the task stays open: " + variables).isTrue();
            } else {
                task = dispatchTask();
            }
        }
    }

    private String dispatchTask() {
        ProcessInstance pi = complaints.register("agent1", billingComplaint());
        return complaints.task(pi.getBusinessKey(), "dispatch").getId();
    }

    /** Everything a request could have created. */
    private long rows() {
        return engine.getRuntimeService().createProcessInstanceQuery().count()
                + jdbc.sql("select (select count(*) from ticket) + (select count(*) from leave_request) "
                        + "+ (select count(*) from shift_swap) + (select count(*) from shift) + (select count(*) from holiday)")
                        .query(Long.class).single();
    }
}
