package com.callcentre.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/demo/mail} in the running application (demo profile): behind {@code /api}'s
 * login, a Chinese HTML page. The tests switch the server inside the application off (they
 * bring their own), so the page says so; {@link DemoMailServerTest} shows it listing mail.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class DemoMailPageTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aSignedInUserGetsTheChinesePage() throws Exception {
        String basic = Base64.getEncoder().encodeToString("agent1:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> page = http.send(request().header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "演示邮件", "未启动");
    }

    @Test
    void nobodySignedInGetsNothing() throws Exception {
        HttpResponse<String> page = http.send(request().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).doesNotContain("演示邮件");
    }

    private HttpRequest.Builder request() {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/demo/mail"))
                .timeout(Duration.ofSeconds(30)).GET();
    }
}
