package com.callcentre.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.WebappSession;
import com.callcentre.workflow.complaint.ComplaintFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
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

    private WebappSession session;

    @BeforeEach
    void logInToTasklistAsTheManager() throws Exception {
        session = WebappSession.logIn(port, "manager1");
    }

    @Test
    void theWebappSessionMayReadTheApi() throws Exception {
        HttpResponse<String> read = session.get("/api/complaints/CS20200101-000001");

        assertThat(read.statusCode()).as("authenticated, the ticket just does not exist").isEqualTo(404);
    }

    @Test
    void theWebappSessionMayNotWriteToTheApi() throws Exception {
        HttpResponse<String> write = session.post("/api/complaints", ComplaintFixture.billingComplaint());

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

    private URI uri(String path) {
        return session.uri(path);
    }
}
