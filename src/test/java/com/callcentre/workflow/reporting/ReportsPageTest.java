package com.callcentre.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reports page at {@code /reports/}: its files and Chart.js are served by the application
 * (no CDN), no filter stands in their way, and the page's requests to {@code /api/reports} work
 * with the session of a user logged in to the Camunda webapps, as a browser sends them.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class ReportsPageTest {

    @LocalServerPort
    int port;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void thePageIsServedInChineseWithChartJsFromTheApplication() throws Exception {
        HttpResponse<String> page = get("/reports/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "<title>投诉统计报表</title>",
                "<script src=\"/webjars/chart.js/dist/chart.umd.js\"", "<label for=\"week\">", "下载 CSV");
        assertThat(page.body()).as("no external CDN").doesNotContain("http://", "https://");
    }

    @Test
    void theFolderWithoutItsSlashRedirectsToThePage() throws Exception {
        HttpResponse<String> redirect = get("/reports");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).endsWith("/reports/");
    }

    @ParameterizedTest
    @CsvSource({
            "/reports/index.html, text/html",
            "/reports/reports.js, text/javascript",
            "/reports/reports.css, text/css",
            "/webjars/chart.js/dist/chart.umd.js, text/javascript"})
    void theFilesAndTheVersionlessChartJsAreServed(String path, String contentType) throws Exception {
        HttpResponse<String> file = get(path);

        assertThat(file.statusCode()).as(path).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith(contentType);
        assertThat(file.body()).isNotBlank();
    }

    @Test
    void chartJsIsTheWebjarsUmdBuild() throws Exception {
        String chartJs = get("/webjars/chart.js/dist/chart.umd.js").body();

        assertThat(chartJs).contains("Chart.js v4.");
    }

    @Test
    void aManagerLoggedInToTasklistReadsTheReportWithThatSession() throws Exception {
        logInToTasklist("manager1");

        HttpResponse<String> report = get("/api/reports/weekly?week=2030-W41");

        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(ApiClient.JSON.readTree(report.body()).path("period").path("label").asText()).isEqualTo("2030-W41");
    }

    @Test
    void anAgentLoggedInToTasklistIsRefused() throws Exception {
        logInToTasklist("agent2");

        HttpResponse<String> report = get("/api/reports/monthly");

        assertThat(report.statusCode()).isEqualTo(403);
        assertThat(report.body()).contains("仅投诉管理员和主任可查看报表");
    }

    @Test
    void withoutASessionThePageFindsItselfLoggedOut() throws Exception {
        assertThat(get("/api/reports/weekly").statusCode()).isEqualTo(401);
    }

    private void logInToTasklist(String user) throws Exception {
        get("/camunda/app/tasklist/default/");
        String form = "username=" + user + "&password=" + URLEncoder.encode(ApiClient.password(user), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", cookies.getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse(""))
                .POST(BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "*/*").GET().build(),
                BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
