package com.callcentre.workflow.search;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.WebappSession;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search page's form 关联/合并工单 (issue 16, CP-8: duplicates linked or merged, both trails
 * kept) as a browser sends it: the ticket's view tells the page whether the reader may link
 * ({@code mayLink}) and hands the session its CSRF token in {@code X-XSRF-TOKEN} (the token's
 * cookie is for /camunda only); {@code POST /api/tickets/{ticketNo}/links} with the Tasklist
 * session works only with that token, so another site cannot link or merge in a manager's name,
 * and a role without the right still gets 403.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class TicketLinkFormSessionTest {

    private static final String REASON = "同一客户同一问题重复来电";

    @LocalServerPort
    int port;
    @Autowired
    ComplaintFixture fixture;

    @Test
    void theViewTellsTheReaderWhetherTheyMayLinkAndHandsTheSessionItsToken() throws Exception {
        String ticketNo = register();
        WebappSession manager = WebappSession.logIn(port, "manager1");
        WebappSession owner = WebappSession.logIn(port, "agent1");

        HttpResponse<String> managersView = manager.get("/api/complaints/" + ticketNo);
        HttpResponse<String> ownersView = owner.get("/api/complaints/" + ticketNo);
        HttpResponse<String> basic = new ApiClient(port).get("/api/complaints/" + ticketNo, "manager1");

        assertThat(managersView.statusCode()).as(managersView.body()).isEqualTo(200);
        assertThat(json(managersView).path("mayLink").asBoolean()).isTrue();
        assertThat(managersView.headers().firstValue("X-XSRF-TOKEN")).as("the session's own token")
                .hasValue(manager.xsrfToken());
        assertThat(manager.xsrfToken()).isNotEmpty();
        assertThat(ownersView.statusCode()).as(ownersView.body()).isEqualTo(200);
        assertThat(json(ownersView).path("mayLink").asBoolean()).as("an agent gets no form").isFalse();
        assertThat(json(basic).path("mayLink").asBoolean()).isTrue();
        assertThat(basic.headers().firstValue("X-XSRF-TOKEN")).as("no session, no token").isEmpty();
    }

    @Test
    void aManagersSessionLinksOnlyWithItsCsrfToken() throws Exception {
        String a = register();
        String b = register();
        WebappSession manager = WebappSession.logIn(port, "manager1");
        Map<String, Object> body = Map.of("otherTicketNo", b, "kind", "LINK", "reason", REASON);

        HttpResponse<String> without = post(manager, a, b, null);
        HttpResponse<String> forged = post(manager, a, b, "not-the-token");
        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(json(manager.get("/api/complaints/" + a)).path("links")).as("nothing linked").isEmpty();

        HttpResponse<String> withToken = manager.post("/api/tickets/" + a + "/links", body);
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
        JsonNode link = json(manager.get("/api/complaints/" + a)).at("/links/0");
        assertThat(link.path("ticketNo").asText()).isEqualTo(b);
        assertThat(link.path("kind").asText()).isEqualTo("LINKED");
        assertThat(link.path("linkedBy").asText()).isEqualTo("manager1");
    }

    /**
     * Straight from the login to the search page, before any request to /camunda: the page's first
     * read hands over the session's token (made then, the webapps' cookie the same), and its link works.
     */
    @Test
    void rightAfterTheLoginTheFirstReadHandsOverATokenThatLinks() throws Exception {
        String a = register();
        String b = register();
        WebappSession manager = WebappSession.justLoggedIn(port, "manager1");

        HttpResponse<String> view = manager.get("/api/complaints/" + a);

        assertThat(view.statusCode()).as(view.body()).isEqualTo(200);
        String token = view.headers().firstValue("X-XSRF-TOKEN").orElse("");
        assertThat(token).as("the first read after the login hands a token over").isNotEmpty();
        assertThat(manager.xsrfToken()).as("the webapps' cookie carries the same token").isEqualTo(token);
        assertThat(view.headers().allValues("Set-Cookie")).as("the cookie as Camunda's filter sets it, for /camunda")
                .anyMatch(c -> c.startsWith("XSRF-TOKEN=" + token + ";") && c.contains("Path=/camunda"));
        HttpResponse<String> linked = post(manager, a, b, token);
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
        assertThat(json(manager.get("/api/complaints/" + a)).at("/links/0/ticketNo").asText()).isEqualTo(b);

        HttpResponse<String> tasklist = manager.get(WebappSession.ENGINE + "/task/count");
        assertThat(tasklist.statusCode()).as("the webapps go on with the session").isEqualTo(200);
        assertThat(manager.get("/api/complaints/" + b).headers().firstValue("X-XSRF-TOKEN")).as("one token")
                .hasValue(token);
    }

    @Test
    void aRoleWithoutTheRightGets403EvenWithTheToken() throws Exception {
        String a = register();
        String b = register();

        for (String user : new String[] {"agent1", "handler1"}) {
            WebappSession session = WebappSession.logIn(port, user);
            HttpResponse<String> merged = session.post("/api/tickets/" + a + "/links",
                    Map.of("otherTicketNo", b, "kind", "MERGE", "reason", REASON, "callerConfirmed", true));

            assertThat(merged.statusCode()).as(user + ": " + merged.body()).isEqualTo(403);
            assertThat(json(merged).path("message").asText()).contains("仅投诉管理员");
        }
        JsonNode ticket = json(new ApiClient(port).get("/api/complaints/" + a, "manager1"));
        assertThat(ticket.path("links")).as("nothing changed").isEmpty();
        assertThat(ticket.path("status").asText()).isEqualTo("AWAITING_DISPATCH");
    }

    private String register() {
        return fixture.register("agent1", billingComplaint()).getBusinessKey();
    }

    private static HttpResponse<String> post(WebappSession session, String ticketNo, String other, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(session.uri("/api/tickets/" + ticketNo + "/links"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(BodyPublishers.ofString("{\"otherTicketNo\":\"" + other + "\",\"kind\":\"LINK\","
                        + "\"reason\":\"" + REASON + "\"}"));
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        return session.client().send(request.build(), BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> answer) throws Exception {
        return ApiClient.JSON.readTree(answer.body());
    }
}
