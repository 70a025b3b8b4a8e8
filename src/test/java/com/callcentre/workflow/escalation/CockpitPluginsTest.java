package com.callcentre.workflow.escalation;

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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Cockpit plugins as a browser fetches them: the application's own {@code scripts/config.js}
 * in place of the webjar's, the plugin modules it lists (ES modules need a JavaScript content
 * type), Chart.js from its webjar, and the plugins' endpoint read with a Cockpit session.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class CockpitPluginsTest {

    private static final String COCKPIT = "/camunda/app/cockpit/";

    @LocalServerPort
    int port;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void cockpitLoadsOurConfigurationWithBothPlugins() throws Exception {
        HttpResponse<String> config = get(COCKPIT + "scripts/config.js");

        assertThat(config.statusCode()).isEqualTo(200);
        assertJavaScript(config);
        assertThat(modules(config.body())).as("ours, not the webjar's (which lists nothing)")
                .containsExactly("scripts/sla-monitor.js", "scripts/ticket-trail.js");
    }

    @Test
    void eachListedModuleIsServedAsJavaScriptWithItsPluginPoint() throws Exception {
        HttpResponse<String> sla = get(COCKPIT + "scripts/sla-monitor.js");
        HttpResponse<String> trail = get(COCKPIT + "scripts/ticket-trail.js");
        HttpResponse<String> support = get(COCKPIT + "scripts/callcentre-support.js");

        for (HttpResponse<String> module : List.of(sla, trail, support)) {
            assertThat(module.statusCode()).as(module.uri().toString()).isEqualTo(200);
            assertJavaScript(module);
        }
        assertThat(sla.body()).contains("pluginPoint: 'cockpit.dashboard'", "label: 'SLA 监控'", "api/sla/orders",
                "from './callcentre-support.js'");
        assertThat(trail.body()).contains("pluginPoint: 'cockpit.processInstance.runtime.tab'", "label: '工单轨迹'",
                "/history", "from './callcentre-support.js'");
        assertThat(support.body()).contains("webjars/chart.js/dist/chart.umd.js");
        for (HttpResponse<String> module : List.of(sla, trail, support)) {
            assertThat(module.body()).as("names of codes come from /api, not from a table in the script")
                    .doesNotContain("网络质量", "计费账务", "钻石卡", "网络维护部");
        }
        assertThat(sla.body()).contains("o.categoryName");
        assertThat(trail.body()).contains("history.categoryName", "e.outcomeName");
        assertThat(trail.body()).as("outcome names come from /api").doesNotContain("'客户故意刁难'", "'无法联系结案'");
    }

    @Test
    void chartJsIsServedByTheApplication() throws Exception {
        HttpResponse<String> chart = get("/webjars/chart.js/dist/chart.umd.js");

        assertThat(chart.statusCode()).isEqualTo(200);
        assertJavaScript(chart);
        assertThat(chart.body()).contains("Chart");
    }

    @Test
    void cockpitItselfStillLoads() throws Exception {
        HttpResponse<String> index = get(COCKPIT + "default/");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("camunda-cockpit-bootstrap.js");
    }

    @Test
    void thePluginsReadTheApiWithTheCockpitSession() throws Exception {
        get(COCKPIT + "default/");
        String form = "username=manager1&password=" + URLEncoder.encode(ApiClient.password("manager1"), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/cockpit"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrfToken())
                .POST(BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

        HttpResponse<String> board = browser.send(HttpRequest.newBuilder(uri("/api/sla/orders"))
                .header("Accept", "application/json").GET().build(), BodyHandlers.ofString());

        assertThat(board.statusCode()).as(board.body()).isEqualTo(200);
        assertThat(board.body()).contains("\"summary\"", "\"orders\"");
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

    private static void assertJavaScript(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).as(response.uri().toString())
                .hasValueSatisfying(type -> assertThat(type).matches("(text|application)/javascript.*"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
    }

    private String xsrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
