package com.callcentre.workflow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The listenings over {@code /engine-rest} as a member of staff would send them (QA-1): an
 * out-of-range item, a fail without its comment or an extra variable is a 400 naming the field and
 * changes nothing; nobody starts the month by hand; only quality inspectors see its tasks.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class ListeningAttackTest {

    private static final String REST = "/engine-rest";

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ListeningFixture listenings;
    @Autowired
    ListeningBook book;

    Task task;

    @BeforeEach
    void oneListening() {
        api = new ApiClient(port);
        ProcessInstance month = listenings.startMonthAt("2034-10-01T08:00");
        AuditFixture.clockAt("2034-10-10T10:00");
        task = listenings.task(month, "agent1", 1);
    }

    @AfterEach
    void clean() {
        listenings.clean();
    }

    @Test
    void qa1AnOutOfRangeScoreAFailWithoutCommentOrAnExtraVariableIsRefusedAndChangesNothing() throws Exception {
        HttpResponse<String> tooHigh = complete(answer(31, 30), Map.of());
        assertThat(tooHigh.statusCode()).isEqualTo(400);
        assertThat(tooHigh.body()).contains("attitudeScore", "服务态度", "QA-1");

        HttpResponse<String> noComment = complete(answer(10, 5), Map.of());
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(noComment.body()).contains("listeningComment", "评语", "QA-1");

        HttpResponse<String> extra = complete(answer(28, 28), Map.of("listeningGrade", Map.of("value", "EXCELLENT")));
        assertThat(extra.statusCode()).isEqualTo(400);
        assertThat(extra.body()).contains("listeningGrade", "quality-listening");

        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("still open").isOne();
        assertThat(book.doneByAgent(YearMonth.of(2034, 10))).isEmpty();

        HttpResponse<String> fine = complete(answer(28, 28), Map.of());
        assertThat(fine.statusCode()).as(fine.body()).isEqualTo(204);
        assertThat(book.doneByAgent(YearMonth.of(2034, 10))).containsEntry("agent1", 1);
    }

    @Test
    void nobodyStartsTheMonthByHandAndOnlyInspectorsSeeItsTasks() throws Exception {
        long months = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("quality-listening").count();
        for (String user : new String[] {"inspector1", "manager1", "agent1"}) {
            HttpResponse<String> start = api.post(REST + "/process-definition/key/quality-listening/start", user,
                    Map.of());
            // 403 for the inspectors, who read the model; 404 for those who may not even read it.
            assertThat(start.statusCode()).as(user + ": " + start.body()).isIn(403, 404);
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("quality-listening")
                .count()).isEqualTo(months);
        assertThat(api.get(REST + "/task?processDefinitionKey=quality-listening", "inspector1").body())
                .contains(task.getId());
        for (String other : new String[] {"agent1", "manager1", "leader1"}) {
            assertThat(api.get(REST + "/task?processDefinitionKey=quality-listening", other).body()).as(other)
                    .isEqualTo("[]");
        }
    }

    /** 服务态度 and 业务准确 as given, the other items at their middle. */
    private static Map<String, Object> answer(int attitude, int accuracy) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("callRef", Map.of("value", "LY-20341009-01"));
        variables.put("listenedOn", Map.of("value", "2034-10-09"));
        variables.put("attitudeScore", Map.of("value", attitude, "type", "Integer"));
        variables.put("accuracyScore", Map.of("value", accuracy, "type", "Integer"));
        variables.put("expressionScore", Map.of("value", 10, "type", "Integer"));
        variables.put("procedureScore", Map.of("value", 10, "type", "Integer"));
        return variables;
    }

    private HttpResponse<String> complete(Map<String, Object> answer, Map<String, Object> extra) throws Exception {
        Map<String, Object> variables = new HashMap<>(answer);
        variables.putAll(extra);
        api.post(REST + "/task/" + task.getId() + "/claim", "inspector1", Map.of("userId", "inspector1"));
        return api.post(REST + "/task/" + task.getId() + "/complete", "inspector1", Map.of("variables", variables));
    }
}
