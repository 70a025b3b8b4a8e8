package com.callcentre.workflow.complaint;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16 (CP-8) over HTTP: {@code POST /api/tickets/{ticketNo}/links}. A complaint manager links two
 * duplicate tickets (both go on) or merges one into the other (it ends as 已合并, both trails kept,
 * its tasks and orders end); each refusal is a 4xx in Chinese that changes nothing; and the merge
 * message sent straight to {@code /engine-rest/message} does not get around the manager's check.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class TicketLinkApiTest {

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ComplaintFixture fixture;
    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aManagerLinksTwoTicketsBothShowTheLinkAndGoOn() throws Exception {
        String a = register(billingComplaint());
        String b = register(billingComplaint());

        HttpResponse<String> linked = api.post(links(a), "manager1", Map.of("otherTicketNo", b, "kind", "LINK",
                "reason", "同一客户同一问题重复来电"));

        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
        JsonNode ticketA = ticket(a);
        JsonNode ticketB = ticket(b);
        assertThat(ticketA.at("/links/0/ticketNo").asText()).isEqualTo(b);
        assertThat(ticketA.at("/links/0/kind").asText()).isEqualTo("LINKED");
        assertThat(ticketA.at("/links/0/linkedBy").asText()).isEqualTo("manager1");
        assertThat(ticketB.at("/links/0/ticketNo").asText()).as("shown on both tickets").isEqualTo(a);
        assertThat(ticketB.at("/links/0/reason").asText()).isEqualTo("同一客户同一问题重复来电");
        assertThat(ticketA.get("status").asText()).isEqualTo("AWAITING_DISPATCH");
        assertThat(ticketB.get("status").asText()).isEqualTo("AWAITING_DISPATCH");
        assertThat(trailDetails(ticketA)).contains("关联 " + b + "：同一客户同一问题重复来电");
        assertThat(trailDetails(ticketB)).contains("关联 " + a + "：同一客户同一问题重复来电");
        assertThat(fixture.task(a, "dispatch")).as("both go on").isNotNull();
        assertThat(fixture.task(b, "dispatch")).isNotNull();

        HttpResponse<String> again = api.post(links(b), "manager1", Map.of("otherTicketNo", a, "kind", "LINK",
                "reason", "再关联一次"));
        assertThat(again.statusCode()).as("already linked, either way round").isEqualTo(409);
        assertThat(message(again)).contains("已关联");
        assertThat(ticket(a).get("links")).hasSize(1);
    }

    @Test
    void aMergedTicketEndsAsMergedWithBothTrailsKeptItsTasksAndOrdersEnded() throws Exception {
        String duplicate = register(billingComplaint());
        String survivor = register(billingComplaint());
        fixture.complete("manager1", fixture.task(duplicate, "dispatch"), departments("billing"));
        int trailBefore = ticket(duplicate).get("trail").size();

        HttpResponse<String> merged = api.post(links(duplicate), "manager1", Map.of("otherTicketNo", survivor,
                "kind", "MERGE", "reason", "重复登记"));

        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        JsonNode dup = ticket(duplicate);
        assertThat(dup.get("status").asText()).isEqualTo("MERGED");
        assertThat(dup.get("closedAt").isNull()).as("closed at the merge").isFalse();
        assertThat(dup.get("currentSteps")).as("its open tasks ended").isEmpty();
        assertThat(dup.at("/orders/0/outcome").asText()).as("the open order withdrawn").isEqualTo("WITHDRAWN");
        assertThat(dup.get("trail").size()).as("every earlier row kept, one more").isEqualTo(trailBefore + 1);
        assertThat(trailDetails(dup)).contains("合并至 " + survivor + "：重复登记");
        assertThat(dup.at("/links/0/kind").asText()).isEqualTo("MERGED_INTO");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(duplicate)
                .processDefinitionKey("complaint-handling").count()).as("its instance ended").isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(dup.get("processInstanceId")
                .asText()).count()).as("no timer of it left").isZero();

        JsonNode kept = ticket(survivor);
        assertThat(kept.get("status").asText()).as("the surviving ticket goes on").isEqualTo("AWAITING_DISPATCH");
        assertThat(trailDetails(kept)).contains("由 " + duplicate + " 合并：重复登记");
        assertThat(kept.at("/links/0/kind").asText()).isEqualTo("MERGED_FROM");
        assertThat(kept.at("/links/0/ticketNo").asText()).isEqualTo(duplicate);

        HttpResponse<String> mergedAgain = api.post(links(duplicate), "manager1", Map.of("otherTicketNo",
                register(billingComplaint()), "kind", "MERGE", "reason", "再合并"));
        assertThat(mergedAgain.statusCode()).as("a merged ticket is ended").isEqualTo(409);
        String third = register(billingComplaint());
        HttpResponse<String> intoMerged = api.post(links(third), "manager1", Map.of("otherTicketNo", duplicate,
                "kind", "MERGE", "reason", "合并至已合并的工单"));
        assertThat(intoMerged.statusCode()).isEqualTo(422);
        assertThat(message(intoMerged)).contains("已合并至其他工单", "CP-8");
        assertThat(ticket(third).get("status").asText()).isEqualTo("AWAITING_DISPATCH");
    }

    @Test
    void aLinkedPairMayStillBeMergedAndADirectorMayMergeToo() throws Exception {
        String a = register(billingComplaint());
        String b = register(billingComplaint());
        assertThat(api.post(links(a), "manager1", Map.of("otherTicketNo", b, "kind", "LINK", "reason", "疑似重复"))
                .statusCode()).isEqualTo(201);

        HttpResponse<String> merged = api.post(links(b), "director1", Map.of("otherTicketNo", a, "kind", "MERGE",
                "reason", "确认重复"));

        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        assertThat(ticket(b).get("status").asText()).isEqualTo("MERGED");
        assertThat(ticket(b).get("links")).hasSize(1);
        assertThat(ticket(b).at("/links/0/kind").asText()).isEqualTo("MERGED_INTO");
        assertThat(ticket(a).at("/links/0/kind").asText()).isEqualTo("MERGED_FROM");
    }

    @Test
    void eachRefusalIsA4xxInChineseAndChangesNothing() throws Exception {
        String a = register(billingComplaint());
        String b = register(billingComplaint());
        String otherCaller = register(with(billingComplaint(), "customerPhone", "13911112222"));
        String archived = register(with(with(billingComplaint(), "type", "CONSULTATION"), "resolvedAtFirstContact", true));
        Map<String, Object> merge = Map.of("otherTicketNo", b, "kind", "MERGE", "reason", "重复");

        for (String user : List.of("agent1", "handler1", "billing1", "leader1", "inspector1")) {
            HttpResponse<String> refused = api.post(links(a), user, merge);
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(message(refused)).contains("仅投诉管理员");
        }
        assertThat(api.post(links(a), null, merge).statusCode()).isEqualTo(401);

        HttpResponse<String> self = api.post(links(a), "manager1", Map.of("otherTicketNo", a, "kind", "LINK", "reason", "x"));
        assertThat(self.statusCode()).isEqualTo(422);
        assertThat(message(self)).contains("不能与工单自身");

        HttpResponse<String> unknown = api.post(links(a), "manager1", Map.of("otherTicketNo", "CS20990101-999999",
                "kind", "MERGE", "reason", "x"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(message(unknown)).contains("工单不存在");
        assertThat(api.post(links("CS20990101-999999"), "manager1", merge).statusCode()).isEqualTo(404);

        Map<String, Object> bad = new HashMap<>();
        bad.put("otherTicketNo", "not-a-ticket");
        bad.put("kind", "JOIN");
        bad.put("reason", "");
        bad.put("extra", 1);
        HttpResponse<String> badBody = api.post(links(a), "manager1", bad);
        assertThat(badBody.statusCode()).isEqualTo(400);
        assertThat(ApiClient.errorFields(badBody)).contains("otherTicketNo", "kind", "reason");

        HttpResponse<String> closed = api.post(links(archived), "manager1", Map.of("otherTicketNo", a, "kind", "MERGE",
                "reason", "x"));
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(message(closed)).contains("已结束（已归档）");

        HttpResponse<String> differentCaller = api.post(links(otherCaller), "manager1", Map.of("otherTicketNo", a,
                "kind", "MERGE", "reason", "x"));
        assertThat(differentCaller.statusCode()).isEqualTo(422);
        assertThat(message(differentCaller)).contains("来电号码不同");

        for (String no : List.of(a, b, otherCaller)) {
            JsonNode t = ticket(no);
            assertThat(t.get("status").asText()).as(no + " unchanged").isEqualTo("AWAITING_DISPATCH");
            assertThat(t.get("links")).as(no + " not linked").isEmpty();
        }
        assertThat(ticket(archived).get("status").asText()).isEqualTo("ARCHIVED");

        // The longest reason the request takes, and the note of the confirmed different number beside it.
        String longest = "客户换号来电" + "重".repeat(494);
        HttpResponse<String> confirmed = api.post(links(otherCaller), "manager1", Map.of("otherTicketNo", a,
                "kind", "MERGE", "reason", longest, "callerConfirmed", true));
        assertThat(confirmed.statusCode()).as("confirmed by the manager").isEqualTo(201);
        assertThat(trailDetails(ticket(otherCaller))).anyMatch(d -> d.contains("来电号码不同，已确认"));
    }

    /** CP-8: a duplicate is folded into a ticket still being worked, never into an ended one; a link stays allowed. */
    @Test
    void cp8NothingIsMergedIntoAnEndedTicketButItMayStillBeLinked() throws Exception {
        String duplicate = register(billingComplaint());
        String archived = register(with(with(billingComplaint(), "type", "CONSULTATION"), "resolvedAtFirstContact", true));
        assertThat(ticket(archived).get("status").asText()).isEqualTo("ARCHIVED");

        HttpResponse<String> merged = api.post(links(duplicate), "manager1", Map.of("otherTicketNo", archived,
                "kind", "MERGE", "reason", "重复登记"));

        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(422);
        JsonNode error = ApiClient.JSON.readTree(merged.body());
        assertThat(error.path("rule").asText()).isEqualTo("CP-8");
        assertThat(error.path("message").asText()).contains("CP-8", archived, "已归档", "仍在办理");
        assertThat(ApiClient.errorFields(merged)).containsExactly("otherTicketNo");
        JsonNode dup = ticket(duplicate);
        assertThat(dup.get("status").asText()).as("nothing changed").isEqualTo("AWAITING_DISPATCH");
        assertThat(dup.get("links")).isEmpty();
        assertThat(fixture.task(duplicate, "dispatch")).isNotNull();
        assertThat(ticket(archived).get("links")).isEmpty();

        HttpResponse<String> linked = api.post(links(duplicate), "manager1", Map.of("otherTicketNo", archived,
                "kind", "LINK", "reason", "与已归档的工单同一问题"));
        assertThat(linked.statusCode()).as("linking to an ended ticket stays allowed: " + linked.body()).isEqualTo(201);
        assertThat(ticket(archived).at("/links/0/ticketNo").asText()).isEqualTo(duplicate);
    }

    /** A department's order withdrawn by a merge, completed afterwards from a Tasklist still open: 409 saying what happened. */
    @Test
    void aWithdrawnOrderCompletedAfterTheMergeIsA409NamingTheMergeAndWhoMergedIt() throws Exception {
        String duplicate = register(billingComplaint());
        String survivor = register(billingComplaint());
        fixture.complete("manager1", fixture.task(duplicate, "dispatch"), departments("billing"));
        String order = fixture.task(duplicate, "handleOrder").getId();
        HttpResponse<String> claimed = api.post("/engine-rest/task/" + order + "/claim", "billing1",
                Map.of("userId", "billing1"));
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        assertThat(api.post(links(duplicate), "director1", Map.of("otherTicketNo", survivor, "kind", "MERGE",
                "reason", "重复登记")).statusCode()).isEqualTo(201);

        HttpResponse<String> late = api.post("/engine-rest/task/" + order + "/complete", "billing1",
                Map.of("variables", Map.of()));

        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(message(late)).contains("已撤回", duplicate, "合并至工单 " + survivor, "周强（director1）")
                .doesNotContain("billing1", "马超", "办理完毕");
        assertThat(ticket(duplicate).get("status").asText()).isEqualTo("MERGED");
    }

    /** Every route is a route: the merge message sent by hand is refused, whoever sends it. */
    @Test
    void theMergeMessageSentStraightToTheEngineIsRefusedAndChangesNothing() throws Exception {
        String a = register(billingComplaint());
        Map<String, Object> message = Map.of("messageName", TicketLinkDesk.MERGE_MESSAGE, "businessKey", a);

        HttpResponse<String> manager = api.post("/engine-rest/message", "manager1", message);
        assertThat(manager.statusCode()).as(manager.body()).isEqualTo(403);

        HttpResponse<String> admin = api.post("/engine-rest/message", "admin", message);
        assertThat(admin.statusCode()).as("no link written by the API: " + admin.body()).isEqualTo(400);
        assertThat(message(admin)).contains("POST /api/tickets/");

        JsonNode t = ticket(a);
        assertThat(t.get("status").asText()).isEqualTo("AWAITING_DISPATCH");
        assertThat(t.get("currentSteps")).hasSize(1);
        assertThat(fixture.task(a, "dispatch")).isNotNull();
    }

    private String register(Map<String, Object> body) {
        ProcessInstance pi = fixture.register("agent1", body);
        return pi.getBusinessKey();
    }

    static Map<String, Object> departments(String... codes) {
        return Map.of("departments", SpinValues.jsonValue(Spin.JSON(List.of(codes)).toString()).create());
    }

    private static String links(String ticketNo) {
        return "/api/tickets/" + ticketNo + "/links";
    }

    private JsonNode ticket(String ticketNo) throws Exception {
        HttpResponse<String> answer = api.get("/api/complaints/" + ticketNo, "manager1");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ApiClient.JSON.readTree(answer.body());
    }

    private static List<String> trailDetails(JsonNode ticket) {
        List<String> details = new ArrayList<>();
        ticket.get("trail").forEach(e -> details.add(e.path("detail").asText()));
        return details;
    }

    private static String message(HttpResponse<String> answer) throws Exception {
        return ApiClient.JSON.readTree(answer.body()).path("message").asText();
    }
}
