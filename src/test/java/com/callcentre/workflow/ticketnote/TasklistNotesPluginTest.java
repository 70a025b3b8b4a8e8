package com.callcentre.workflow.ticketnote;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.WebappSession;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Tasklist tab 备注与附件 as a browser gets it: our {@code scripts/config.js} (the webjar's
 * settings kept) registers {@code scripts/ticket-notes.js}, served as JavaScript with its plugin
 * point; and the calls it makes work with a Tasklist session: the task's process and ticket number
 * from the engine API, the notes from {@code /api}, a note added with the CSRF token. And the search
 * page's ticket view ({@code /tickets/}) lists them too.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class TasklistNotesPluginTest {

    private static final String TASKLIST = "/camunda/app/tasklist/";

    @LocalServerPort
    int port;
    @Autowired
    ComplaintFixture complaints;

    @Test
    void tasklistRegistersThePluginAndKeepsItsSettings() throws Exception {
        ApiClient http = new ApiClient(port);
        HttpResponse<String> config = http.get(TASKLIST + "scripts/config.js", null);
        assertThat(config.statusCode()).isEqualTo(200);
        assertJavaScript(config);
        assertThat(modules(config.body())).contains("scripts/ticket-notes.js");
        assertThat(config.body()).contains("availableLocales", "shortcuts", "claimTask", "startProcess");

        HttpResponse<String> plugin = http.get(TASKLIST + "scripts/ticket-notes.js", null);
        assertThat(plugin.statusCode()).isEqualTo(200);
        assertJavaScript(plugin);
        assertThat(plugin.body()).contains("pluginPoint: 'tasklist.task.detail'", "label: '备注与附件'",
                "'complaint-handling'", "/variables/ticketNo", "api/tickets/", "'X-XSRF-TOKEN'", "export default");
        assertThat(plugin.body()).as("what staff typed is shown as text, never as markup").doesNotContain("innerHTML");
        assertThat(http.get(TASKLIST + "default/", null).body()).contains("camunda-tasklist-bootstrap.js");
    }

    @Test
    void thePluginsCallsWorkWithATasklistSession() throws Exception {
        String ticket = complaints.register("agent1", ComplaintFixture.billingComplaint()).getBusinessKey();
        String taskId = complaints.task(ticket, "dispatch").getId();
        WebappSession tasklist = WebappSession.logIn(port, "manager1");

        JsonNode task = ApiClient.JSON.readTree(tasklist.get(WebappSession.ENGINE + "/task/" + taskId).body());
        assertThat(task.path("processDefinitionId").asText()).startsWith("complaint-handling:");
        JsonNode number = ApiClient.JSON.readTree(tasklist.get(WebappSession.ENGINE + "/task/" + taskId
                + "/variables/ticketNo").body());
        assertThat(number.path("value").asText()).isEqualTo(ticket);

        assertThat(tasklist.post("/api/tickets/" + ticket + "/notes", Map.of("text", "派单前已电话核实")).statusCode())
                .isEqualTo(201);
        HttpResponse<String> notes = tasklist.get("/api/tickets/" + ticket + "/notes");
        assertThat(notes.statusCode()).isEqualTo(200);
        assertThat(notes.body()).contains("派单前已电话核实", "manager1");
        assertThat(tasklist.get("/api/tickets/" + ticket + "/attachments").body()).contains("\"types\"", "\"maxSize\"");
    }

    @Test
    void theSearchPagesTicketViewShowsNotesAndFilesWithDownloadLinks() throws Exception {
        ApiClient http = new ApiClient(port);
        String page = http.get("/tickets/", null).body();
        String script = http.get("/tickets/tickets.js", null).body();

        assertThat(page).contains("<h3>备注</h3>", "<table id=\"notes\">", "<h3>附件</h3>", "<table id=\"attachments\">");
        assertThat(script).contains("notesOf(t.ticketNo)", "get('notes')", "'attachments/' + f.id",
                "link.textContent = f.fileName").doesNotContain("innerHTML");
    }

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

    private static void assertJavaScript(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).as(response.uri().toString())
                .hasValueSatisfying(type -> assertThat(type).matches("(text|application)/javascript.*"));
    }
}
