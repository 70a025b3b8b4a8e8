package com.callcentre.workflow.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Tasklist script of the intake form's caller history (CP-3, issue 16) as a browser fetches it:
 * listed in Tasklist's own {@code scripts/config.js} beside the webjar's defaults, served as
 * JavaScript, and able to ask {@code POST /api/caller-history} with Tasklist's session only with the
 * session's CSRF token (another site cannot make the lookup, which is recorded, CP-9).
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class CallerHistoryScriptTest {

    private static final String TASKLIST = "/camunda/app/tasklist/";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void tasklistLoadsTheScriptAndKeepsItsDefaults() throws Exception {
        ApiClient http = new ApiClient(port);
        HttpResponse<String> config = http.send(http.request(TASKLIST + "scripts/config.js", null, null));
        HttpResponse<String> script = http.send(http.request(TASKLIST + "scripts/caller-history.js", null, null));

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(modules(config.body())).contains("scripts/caller-history.js");
        assertThat(config.body()).as("the webjar's shortcuts kept").contains("startProcess", "'ctrl+alt+p'");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).matches("(text|application)/javascript.*"));
        assertThat(script.body()).contains("api/caller-history", "'X-XSRF-TOKEN'", "Field_customerPhone",
                "Field_repeatOf", "export default");
        assertThat(script.body()).as("what staff typed is text, never markup").doesNotContain("innerHTML", "insertAdjacentHTML");
    }

    @Test
    void theScriptsCategoriesAreTheIntakeFormsOwn() throws Exception {
        String script = Files.readString(Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/"
                + "scripts/caller-history.js"));
        JsonNode form = ApiClient.JSON.readTree(Path.of("forms/complaint-intake.form").toFile());
        List<String> pairs = new ArrayList<>();
        form.path("components").forEach(c -> {
            if ("category".equals(c.path("key").asText())) {
                c.path("values").forEach(v -> pairs.add(v.path("label").asText() + ": '" + v.path("value").asText() + "'"));
            }
        });

        assertThat(pairs).hasSize(5);
        assertThat(script).contains(pairs);
    }

    @Test
    void theSessionMayLookUpOnlyWithItsCsrfToken() throws Exception {
        WebappSession session = WebappSession.logIn(port, "agent3");
        Map<String, Object> body = Map.of("phone", "13912345678", "category", "BILLING");
        long looks = looksBy("agent3");

        HttpResponse<String> withToken = session.post("/api/caller-history", body);
        HttpResponse<String> without = post(session, null);
        HttpResponse<String> forged = post(session, "not-the-token");

        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
        assertThat(withToken.body()).contains("\"earlierTickets\"");
        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(session.post("/api/complaints", Map.of()).statusCode()).as("no other write with the session")
                .isEqualTo(401);
        assertThat(looksBy("agent3") - looks).as("one look, recorded").isEqualTo(1);
    }

    private long looksBy(String user) {
        return jdbc.sql("select count(*) from ticket_phone_search where searched_by = ?").param(user)
                .query(Long.class).single();
    }

    private static HttpResponse<String> post(WebappSession session, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(session.uri("/api/caller-history"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"phone\":\"13912345678\"}"));
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        return session.client().send(request.build(), BodyHandlers.ofString());
    }

    /** The paths in {@code customScripts}, in order. */
    private static List<String> modules(String config) {
        Matcher block = Pattern.compile("(?m)^\\s*customScripts:\\s*\\[(.*?)\\]", Pattern.DOTALL).matcher(config);
        assertThat(block.find()).as("an active customScripts entry").isTrue();
        List<String> modules = new ArrayList<>();
        Matcher path = Pattern.compile("'([^']+)'").matcher(block.group(1));
        while (path.find()) {
            modules.add(path.group(1));
        }
        return modules;
    }
}
