package com.callcentre.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each Camunda webapp loads our configuration and our zh-CN locale from where it looks for them
 * ({@code /camunda/app/<app>/scripts/config.js}, {@code .../locales/zh-CN.json}): Chinese first,
 * English on request, and what the webjar's own configuration set (Tasklist's shortcuts) kept.
 */
@ApplicationTest
class WebappConfigTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseFirstAndEnglishOnRequest(String app) throws Exception {
        ApiClient http = new ApiClient(port);
        HttpResponse<String> config = http.send(http.request("/camunda/app/" + app + "/scripts/config.js", null, null));
        HttpResponse<String> locale = http.send(http.request("/camunda/app/" + app + "/locales/zh-CN.json", null, null));

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body().replaceAll("\\s+", " "))
                .contains("availableLocales: ['zh-CN', 'en']", "fallbackLocale: 'zh-CN'");
        assertThat(locale.statusCode()).isEqualTo(200);
        assertThat(locale.body()).contains("\"dateLocales\"", "\"labels\"");
        HttpResponse<String> styles = http.send(http.request("/camunda/app/" + app + "/styles/user-styles.css", null, null));
        assertThat(styles.body()).as("no Camunda 8 migration banner for staff").contains(".ce-eol-banner", "display: none");
        if (app.equals("tasklist")) {
            assertThat(config.body()).as("the webjar's keyboard shortcuts, same keys")
                    .contains("claimTask", "'ctrl+alt+c'", "focusFilter", "'ctrl+shift+f'", "focusList", "'ctrl+alt+l'",
                            "focusForm", "'ctrl+alt+f'", "startProcess", "'ctrl+alt+p'");
        }
        if (app.equals("cockpit")) {
            assertThat(config.body()).as("the plugins of issue 5").contains("scripts/sla-monitor.js", "scripts/ticket-trail.js");
        }
    }
}
