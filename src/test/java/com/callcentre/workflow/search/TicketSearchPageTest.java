package com.callcentre.workflow.search;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.WebappSession;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ticket search page at {@code /tickets/} (issue 16): its files are served in Chinese with
 * the pages' security headers, its script sets every value as text (free text shows as typed),
 * and its requests work with the session of a user logged in to Tasklist, as a browser sends them.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class TicketSearchPageTest {

    @LocalServerPort
    int port;
    @Autowired
    ComplaintFixture fixture;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void thePageIsServedInChineseWithThePagesPolicy() throws Exception {
        HttpResponse<String> page = get("/tickets/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "<title>工单查询</title>", "<label for=\"phone\">来电号码</label>",
                "只看我首问负责的", "工单轨迹");
        assertThat(page.body()).as("no external CDN").doesNotContain("http://", "https://");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(get("/tickets").statusCode()).isEqualTo(302);
    }

    @ParameterizedTest
    @CsvSource({"/tickets/tickets.js, text/javascript", "/tickets/tickets.css, text/css"})
    void itsFilesAreServed(String path, String contentType) throws Exception {
        HttpResponse<String> file = get(path);

        assertThat(file.statusCode()).as(path).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith(contentType);
    }

    @Test
    void theScriptNeverWritesMarkup() throws Exception {
        String script = get("/tickets/tickets.js").body();

        assertThat(script).contains("textContent").doesNotContain("innerHTML", "insertAdjacentHTML", "document.write");
        assertThat(script).as("outcome names come from the API, not from a table of the page's own")
                .contains("outcomeName").doesNotContain("'客户故意刁难'", "'无法联系结案'");
    }

    @Test
    void theLinkFormIsHiddenUntilTheViewSaysTheReaderMayLink() throws Exception {
        String page = get("/tickets/").body();
        String script = get("/tickets/tickets.js").body();

        assertThat(page).contains("<section id=\"link-box\" hidden", "关联/合并工单", "name=\"callerConfirmed\"",
                "是重复工单，并入上面填写的工单", "id=\"merge-yes\"");
        assertThat(script).as("shown only on mayLink; writes with the session's CSRF token")
                .contains("linkBox.hidden = !t.mayLink", "'X-XSRF-TOKEN': csrf", "response.headers.get('X-XSRF-TOKEN')");
    }

    @Test
    void anAgentLoggedInToTasklistFindsTheirOwnTicketAndOpensIt() throws Exception {
        String ticketNo = fixture.register("agent3", billingComplaint()).getBusinessKey();
        WebappSession tasklist = WebappSession.logIn(port, "agent3");

        HttpResponse<String> found = tasklist.get("/api/tickets?owner=me&page=0&size=20");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains(ticketNo).doesNotContain("13800138000");
        HttpResponse<String> opened = tasklist.get("/api/complaints/" + ticketNo);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        JsonNode trail = ApiClient.JSON.readTree(opened.body()).path("trail");
        assertThat(trail.size()).isPositive();
        assertThat(trail.get(0).path("outcomeName").asText()).as("the trail's outcome named for staff by the API")
                .isEqualTo("投诉");
        assertThat(ApiClient.JSON.readTree(opened.body()).path("mayLink").asBoolean()).as("an agent sees no link form")
                .isFalse();
    }

    @Test
    void withoutASessionThePageFindsItselfLoggedOut() throws Exception {
        assertThat(get("/api/tickets?owner=me").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "*/*")
                .header("X-Requested-With", "XMLHttpRequest").GET().build(), BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
