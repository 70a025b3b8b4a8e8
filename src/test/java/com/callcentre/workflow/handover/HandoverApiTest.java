package com.callcentre.workflow.handover;

import static com.callcentre.workflow.handover.HandoverFixture.clock;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/handovers?date=&shift=} (HO-2, HO-4, HO-5): the record as the audit reads it, both
 * signatures, who is responsible, and per item who saw it and who answers for it; duty leaders and
 * directors read every handover, anyone else only their own; bad input is a 400 naming the field.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class HandoverApiTest {

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    HandoverFixture fixture;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixture.rosterTheDay();
        clock("2030-08-13T10:00+08:00");
    }

    @AfterEach
    void cleanUp() {
        fixture.clean();
    }

    @Test
    void ho5TheRecordShowsBothSignaturesWhoIsResponsibleAndWhoAnswersForEachItem() throws Exception {
        fixture.logged("交换机告警 <script>x</script>");
        fixture.approvedLeave();
        clock("2030-08-13T16:00+08:00");
        ProcessInstance pi = fixture.shiftEnds();

        JsonNode open = ApiClient.JSON.readTree(api.get("/api/handovers?date=2030-08-13&shift=DAY", "leader2").body());
        assertThat(open).hasSize(1);
        assertThat(open.get(0).path("statusName").asText()).isEqualTo("交班中");
        assertThat(open.get(0).path("responsible").asText()).as("HO-4").isEqualTo("leader1");

        clock("2030-08-13T16:05+08:00");
        fixture.complete("leader1", fixture.task(pi, "handOver"), Map.of("handoverNote", "见清单"));
        JsonNode awaiting = ApiClient.JSON.readTree(api.get("/api/handovers?date=2030-08-13", "director1").body());
        int leave = 0;
        for (JsonNode item : awaiting.get(0).path("items")) {
            if ("LEAVE".equals(item.path("kind").asText())) {
                leave = item.path("itemNo").asInt();
            }
        }
        assertThat(awaiting.get(0).path("status").asText()).isEqualTo("AWAITING");
        assertThat(awaiting.get(0).path("responsible").asText()).isEqualTo("leader1");
        clock("2030-08-13T16:10+08:00");
        Map<String, Object> answers = new HashMap<>();
        answers.put("confirmation", "ITEMS");
        answers.put("confirmedItems", String.valueOf(leave));
        answers.put("faceToFace", true);
        fixture.complete("leader2", fixture.task(pi, "takeOver"), answers);

        HttpResponse<String> read = api.get("/api/handovers?date=2030-08-13&shift=DAY", "centerdirector1");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode h = ApiClient.JSON.readTree(read.body()).get(0);
        assertThat(h.path("handoverNo").asText()).isEqualTo("JB20300813-DAY");
        assertThat(h.path("shiftName").asText()).isEqualTo("白班");
        assertThat(h.path("outgoingSignedBy").asText()).isEqualTo("leader1");
        assertThat(h.path("outgoingSignedAt").asText()).startsWith("2030-08-13T16:05").endsWith("+08:00");
        assertThat(h.path("incomingSignedBy").asText()).isEqualTo("leader2");
        assertThat(h.path("incomingSignedAt").asText()).startsWith("2030-08-13T16:10");
        assertThat(h.path("faceToFace").asBoolean()).isTrue();
        assertThat(h.path("responsible").asText()).isEqualTo("leader2");
        for (JsonNode item : h.path("items")) {
            assertThat(item.path("outgoingSeenAt").isNull()).isFalse();
            assertThat(item.path("incomingSeenAt").isNull()).isFalse();
            String answeredBy = item.path("itemNo").asInt() == leave ? "leader2" : "leader1";
            assertThat(item.path("answeredBy").asText()).as(item.toString()).isEqualTo(answeredBy);
        }
        assertThat(read.body()).as("as typed: JSON, escaped by the page").contains("交换机告警 <script>x</script>");

        JsonNode agent = ApiClient.JSON.readTree(api.get("/api/handovers?date=2030-08-13", "agent1").body());
        assertThat(agent).as("an agent reads only their own handovers").isEmpty();
    }

    @Test
    void badInputIsA400NamingEachFieldInChinese() throws Exception {
        HttpResponse<String> noDate = api.get("/api/handovers?shift=LATE", "leader1");
        HttpResponse<String> badDate = api.get("/api/handovers?date=2030-13-40", "leader1");

        assertThat(noDate.statusCode()).as(noDate.body()).isEqualTo(400);
        assertThat(ApiClient.errorFields(noDate)).contains("date", "shift");
        assertThat(noDate.body()).contains("必填");
        assertThat(badDate.statusCode()).as(badDate.body()).isEqualTo(400);
        assertThat(ApiClient.errorFields(badDate)).containsExactly("date");
        assertThat(fixture.handovers()).isZero();
    }
}
