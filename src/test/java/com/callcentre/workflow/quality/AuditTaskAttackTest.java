package com.callcentre.workflow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import java.net.http.HttpResponse;
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
 * The daily audit over {@code /engine-rest} as a member of staff would send it (CP-8, issue 11's
 * gate): a completion of 审核归档工单 with a missing reason, an unknown outcome or an extra variable is
 * a 400 naming the field and changes nothing; nobody starts the audit by hand; only complaint
 * managers see its tasks.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class AuditTaskAttackTest {

    private static final String REST = "/engine-rest";

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ProcessEngine engine;
    @Autowired
    AuditFixture audits;
    @Autowired
    AuditBook book;

    ProcessInstance ticket;
    Task task;

    @BeforeEach
    void oneTicketToAudit() {
        api = new ApiClient(port);
        AuditFixture.clockAt("2033-05-09T10:00");
        ticket = audits.archived("agent1", "BILLING", "billing", "handler1");
        ProcessInstance audit = audits.runTimerAt("2033-05-10T08:00");
        task = audits.tasks(audit).get(0);
    }

    @AfterEach
    void clean() {
        audits.clean();
    }

    @Test
    void cp8ABadOrExtraVariableIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        HttpResponse<String> noReason = complete(Map.of("auditOutcome", Map.of("value", "FAIL")));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("auditReason", "原因", "CP-8");

        HttpResponse<String> unknown = complete(Map.of("auditOutcome", Map.of("value", "MAYBE")));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("auditOutcome", "PASS", "FAIL");

        HttpResponse<String> extra = complete(Map.of("auditOutcome", Map.of("value", "PASS"),
                "owner", Map.of("value", "agent2")));
        assertThat(extra.statusCode()).isEqualTo(400);
        assertThat(extra.body()).contains("owner", "audit-ticket");

        HttpResponse<String> missing = complete(Map.of());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("auditOutcome", "审核结果");

        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("still open").isOne();
        assertThat(book.find(ticket.getBusinessKey()).orElseThrow().outcome()).isNull();
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "owner")).isNull();

        HttpResponse<String> fine = complete(Map.of("auditOutcome", Map.of("value", "FAIL"),
                "auditReason", Map.of("value", "回单未写明原因")));
        assertThat(fine.statusCode()).as(fine.body()).isEqualTo(204);
        assertThat(book.find(ticket.getBusinessKey()).orElseThrow().outcome()).isEqualTo("FAIL");
    }

    @Test
    void nobodyStartsTheAuditByHandAndOnlyManagersSeeItsTasks() throws Exception {
        HttpResponse<String> start = api.post(REST + "/process-definition/key/daily-audit/start", "manager1", Map.of());
        assertThat(start.statusCode()).as(start.body()).isEqualTo(403);

        assertThat(api.get(REST + "/task?processDefinitionKey=daily-audit", "manager1").body()).contains(task.getId());
        for (String other : new String[] {"agent1", "handler1", "billing1", "leader1"}) {
            assertThat(api.get(REST + "/task?processDefinitionKey=daily-audit", other).body()).as(other)
                    .isEqualTo("[]");
        }
    }

    private HttpResponse<String> complete(Map<String, Object> variables) throws Exception {
        api.post(REST + "/task/" + task.getId() + "/claim", "manager1", Map.of("userId", "manager1"));
        return api.post(REST + "/task/" + task.getId() + "/complete", "manager1", Map.of("variables", variables));
    }
}
