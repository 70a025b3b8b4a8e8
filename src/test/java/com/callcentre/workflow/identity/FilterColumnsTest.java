package com.callcentre.workflow.identity;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.escalation.SlaFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The columns of a filter as Tasklist loads them (REST, HAL, with the user's authorizations):
 * a department liaison, who may read its task but not the process instance, still sees the
 * ticket number and the labels ({@link FilterColumns}).
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class FilterColumnsTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    FilterService filters;
    @Autowired
    ComplaintFixture fixture;
    @Autowired
    SlaFixture sla;

    @BeforeEach
    void listeners() {
    }

    @Test
    void aLiaisonSeesTheTicketNumberAndLabelsOfItsOrdersInTheList() throws Exception {
        ProcessInstance pi = fixture.register("agent1", with(billingComplaint(), "vipLevel", "GOLD"));
        Task order = sla.dispatch(pi, "billing");
        String filterId = filters.createFilterQuery().filterName("计费部督办单").singleResult().getId();

        var response = new ApiClient(port).send(new ApiClient(port)
                .request("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=200", "billing1",
                        ApiClient.password("billing1"))
                .setHeader("Accept", "application/hal+json").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> columns = new HashMap<>();
        for (JsonNode task : ApiClient.JSON.readTree(response.body()).path("_embedded").path("task")) {
            if (task.path("id").asText().equals(order.getId())) {
                task.path("_embedded").path("variable").forEach(v -> columns.put(v.path("name").asText(),
                        v.path("value").asText()));
            }
        }
        assertThat(columns).containsEntry("ticketNo", pi.getBusinessKey())
                .containsEntry("categoryLabel", "计费账务")
                .containsEntry("vipLevelLabel", "金卡")
                .containsKey("resolveDeadlineText");
    }
}
