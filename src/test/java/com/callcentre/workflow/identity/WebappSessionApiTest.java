package com.callcentre.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browsers: a user logged in to the Camunda webapps may read {@code /api} with that session
 * (the Cockpit plugins will), but never change anything with it: the webapps' CSRF protection
 * does not cover {@code /api}, so writes need HTTP Basic.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class WebappSessionApiTest {

    @LocalServerPort
    int port;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeEach
    void logInToTasklistAsTheManager() throws Exception {
        browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build(), BodyHandlers.ofString());
        String form = "username=manager1&password=" + URLEncoder.encode(ApiClient.password("manager1"), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                        uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrfToken())
                .POST(BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    }

    @Test
    void theWebappSessionMayReadTheApi() throws Exception {
        HttpResponse<String> read = browser.send(HttpRequest.newBuilder(uri("/api/complaints/CS20200101-000001"))
                .header("Accept", "application/json").GET().build(), BodyHandlers.ofString());

        assertThat(read.statusCode()).as("authenticated, the ticket just does not exist").isEqualTo(404);
    }

    @Test
    void theWebappSessionMayNotWriteToTheApi() throws Exception {
        HttpResponse<String> write = browser.send(HttpRequest.newBuilder(uri("/api/complaints"))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", xsrfToken())
                .POST(BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(ComplaintFixture.billingComplaint())))
                .build(), BodyHandlers.ofString());

        assertThat(write.statusCode()).isEqualTo(401);
    }

    @Test
    void aPagesScriptIsAnsweredWithoutTheBasicChallengeThatWouldOpenTheBrowsersLoginDialog() throws Exception {
        HttpClient anonymous = HttpClient.newHttpClient();
        HttpResponse<String> script = anonymous.send(HttpRequest.newBuilder(uri("/api/reports/weekly"))
                .header("X-Requested-With", "XMLHttpRequest").GET().build(), BodyHandlers.ofString());
        HttpResponse<String> client = anonymous.send(HttpRequest.newBuilder(uri("/api/reports/weekly")).GET().build(),
                BodyHandlers.ofString());

        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(client.statusCode()).isEqualTo(401);
        assertThat(client.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    private String xsrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
