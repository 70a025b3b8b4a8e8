package com.callcentre.workflow.complaint;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.DiscardedCoverage;
import com.callcentre.workflow.notification.TestSmtp;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Departments are data (domain rules §1): a sixth department, 法务部, added by configuration
 * alone (the {@code centre.departments} list of application.yaml with one more entry) is offered
 * by the dispatch form Tasklist renders, takes an order dispatched the way Tasklist submits that
 * form, is named in the order's form and in its e-mail, and has its liaison group and demo liaison.
 * <p>
 * An application of its own (another configuration), on a database of its own, closed after the
 * class; without Camunda's webapps, which keep static state (the suite's application has them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // A list is replaced as a whole where it is configured: the five of application.yaml, then legal.
        "centre.departments[0].code=network", "centre.departments[0].name=网络维护部",
        "centre.departments[0].group=dept-network",
        "centre.departments[1].code=billing", "centre.departments[1].name=计费部",
        "centre.departments[1].group=dept-billing",
        "centre.departments[2].code=business", "centre.departments[2].name=业务支撑部",
        "centre.departments[2].group=dept-business", "centre.departments[2].working-hours=08:30-17:30",
        "centre.departments[3].code=aftersales", "centre.departments[3].name=售后服务部",
        "centre.departments[3].group=dept-aftersales", "centre.departments[3].working-hours=08:30-17:30",
        "centre.departments[4].code=vip", "centre.departments[4].name=大客户经理部",
        "centre.departments[4].group=dept-vip",
        "centre.departments[5].code=legal", "centre.departments[5].name=法务部",
        "centre.departments[5].group=dept-legal",
        "camunda.bpm.process-engine-name=departments",
        "camunda.bpm.webapp.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:callcentre-departments;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
        // A database of its own on every run, the PostgreSQL one's too (the postgres profile names its driver).
        "spring.datasource.driver-class-name=org.h2.Driver", "spring.datasource.username=sa",
        "spring.datasource.password=",
        // ...and H2's migrations only (the postgres profile adds its PostgreSQL-only ones).
        "spring.flyway.locations=classpath:db/migration"})
@Import({ProcessEngineCoverageConfiguration.class, ComplaintFixture.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExcludeFromProcessCoverage
@TestExecutionListeners(listeners = DiscardedCoverage.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ConfiguredDepartmentTest {

    /** This application's engine by its name: "default" is the suite's, when both run in one JVM. */
    private static final String REST = "/engine-rest/engine/departments";

    @RegisterExtension
    static final GreenMailExtension smtp = TestSmtp.server();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture complaints;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void aSixthDepartmentAddedByConfigurationIsOfferedDispatchedToThroughTheFormAndNamedInItsMail() throws Exception {
        ProcessInstance ticket = complaints.register("agent1", billingComplaint());
        String dispatch = complaints.task(ticket.getBusinessKey(), "dispatch").getId();

        // What Tasklist loads to render the form: the deployed form and the task's variables (serialized).
        HttpResponse<String> form = api.get(REST + "/task/" + dispatch + "/deployed-form", "manager1");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        JsonNode checklist = field(ApiClient.JSON.readTree(form.body()), "departments");
        assertThat(checklist.path("valuesKey").asText()).isEqualTo("departmentOptions");
        assertThat(checklist.has("values")).as("no department list in the form itself").isFalse();
        HttpResponse<String> variables = api.get(REST + "/task/" + dispatch
                + "/form-variables?deserializeValues=false", "manager1");
        assertThat(variables.statusCode()).as(variables.body()).isEqualTo(200);
        JsonNode shown = ApiClient.JSON.readTree(variables.body());
        assertThat(shown.path("departmentOptions").path("type").asText()).isEqualTo("Json");
        JsonNode value = shown.path("departmentOptions").path("value");
        JsonNode options = value.isTextual() ? ApiClient.JSON.readTree(value.asText()) : value;
        assertThat(labels(options)).containsExactly("网络维护部", "计费部", "业务支撑部", "售后服务部", "大客户经理部", "法务部");
        assertThat(options.get(5).path("value").asText()).isEqualTo("legal");
        assertThat(shown.path("categoryLabel").path("value").asText()).isEqualTo("计费账务");

        // Claimed and submitted as Tasklist does: the checklist's value as a JSON array.
        assertThat(api.post(REST + "/task/" + dispatch + "/claim", "manager1", Map.of("userId", "manager1"))
                .statusCode()).isEqualTo(204);
        HttpResponse<String> submitted = api.post(REST + "/task/" + dispatch + "/submit-form", "manager1",
                Map.of("variables", Map.of("departments", Map.of("value", "[\"legal\"]", "type", "Json"))));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);

        Task order = complaints.task(ticket.getBusinessKey(), "handleOrder");
        assertThat(order).as("the new department's order").isNotNull();
        assertThat(complaints.candidateGroups(order)).containsExactly("dept-legal");
        assertThat(engine.getTaskService().getVariable(order.getId(), "department")).isEqualTo("legal");
        assertThat(engine.getIdentityService().createGroupQuery().groupId("dept-legal").singleResult().getName())
                .isEqualTo("法务部联络员");
        HttpResponse<String> liaisonSees = api.get(REST + "/task/" + order.getId()
                + "/form-variables?deserializeValues=false", "legal1");
        assertThat(liaisonSees.statusCode()).as("the demo liaison legal1 opens the order: " + liaisonSees.body())
                .isEqualTo(200);
        assertThat(ApiClient.JSON.readTree(liaisonSees.body()).path("departmentName").path("value").asText())
                .isEqualTo("法务部");

        for (Job job : mailJobs(ticket)) {
            engine.getManagementService().executeJob(job.getId());
        }
        // The owner's own mail about the dispatch (CP-2) is OwnerUpdateMailTest's.
        List<TestSmtp.Received> mail = TestSmtp.received(smtp).stream()
                .filter(m -> !m.to().equals("agent1@callcentre.example")).toList();
        assertThat(mail).extracting(TestSmtp.Received::to).containsExactly("legal@departments.example");
        assertThat(mail.get(0).subject()).contains("请法务部处理").contains("计费账务");
        assertThat(mail.get(0).text()).contains("督办部门：法务部");
    }

    @Test
    void aDepartmentThatIsNotConfiguredIsStillRefused() throws Exception {
        ProcessInstance ticket = complaints.register("agent1", billingComplaint());
        String dispatch = complaints.task(ticket.getBusinessKey(), "dispatch").getId();
        api.post(REST + "/task/" + dispatch + "/claim", "manager1", Map.of("userId", "manager1"));

        HttpResponse<String> refused = api.post(REST + "/task/" + dispatch + "/submit-form", "manager1",
                Map.of("variables", Map.of("departments", Map.of("value", "[\"legal\",\"hr\"]", "type", "Json"))));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("departments").contains("hr");
        assertThat(complaints.task(ticket.getBusinessKey(), "dispatch").getId()).isEqualTo(dispatch);
        assertThat(complaints.tasks(ticket.getBusinessKey(), "handleOrder")).isEmpty();
    }

    private List<Job> mailJobs(ProcessInstance pi) {
        List<String> deliveries = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("mail-delivery").processInstanceBusinessKey(pi.getBusinessKey()).list().stream()
                .map(ProcessInstance::getId).toList();
        List<Job> jobs = engine.getManagementService().createJobQuery().processDefinitionKey("mail-delivery").list()
                .stream().filter(job -> deliveries.contains(job.getProcessInstanceId())).toList();
        assertThat(jobs).as("queued mail of " + pi.getBusinessKey()).isNotEmpty();
        return jobs;
    }

    private static JsonNode field(JsonNode node, String key) {
        if (key.equals(node.path("key").asText())) {
            return node;
        }
        for (JsonNode child : node.path("components")) {
            JsonNode found = field(child, key);
            if (!found.isMissingNode()) {
                return found;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static List<String> labels(JsonNode options) {
        List<String> labels = new ArrayList<>();
        options.forEach(o -> labels.add(o.path("label").asText()));
        return labels;
    }
}
