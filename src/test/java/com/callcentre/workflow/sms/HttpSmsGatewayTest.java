package com.callcentre.workflow.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code sms.gateway=http} against a tiny local HTTP server standing in for the SMS provider. */
class HttpSmsGatewayTest {

    private final ObjectMapper json = new ObjectMapper();
    private HttpServer server;
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<String> contentType = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicInteger delayMillis = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", exchange -> {
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            try {
                Thread.sleep(delayMillis.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] answer = (status.get() == 200 ? "{\"accepted\":true}" : "{\"error\":\"quota\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsTheMessageAsJsonWithTheToken() throws Exception {
        gateway("secret-token").send(new SmsGateway.Message("sms-42", "13800138000", "【客服中心】您的工单CS20261203-000001已受理"));

        JsonNode sent = json.readTree(body.get());
        assertThat(sent.get("reference").asText()).isEqualTo("sms-42");
        assertThat(sent.get("to").asText()).isEqualTo("13800138000");
        assertThat(sent.get("text").asText()).isEqualTo("【客服中心】您的工单CS20261203-000001已受理");
        assertThat(authorization.get()).isEqualTo("Bearer secret-token");
        assertThat(contentType.get()).startsWith("application/json");
    }

    @Test
    void anAnswerOtherThan2xxIsAFailureTheNumberNotInIt() {
        status.set(429);

        assertThatThrownBy(() -> gateway("t").send(new SmsGateway.Message("sms-1", "13800138000", "x")))
                .isInstanceOf(SmsGateway.SendFailed.class).hasMessageContaining("429").hasMessageContaining("quota")
                .hasMessageNotContaining("13800138000");
    }

    @Test
    void aGatewayTooSlowToAnswerIsAFailure() {
        delayMillis.set(1500);

        assertThatThrownBy(() -> gateway("t").send(new SmsGateway.Message("sms-1", "13800138000", "x")))
                .isInstanceOf(SmsGateway.SendFailed.class);
    }

    @Test
    void aGatewayNotListeningIsAFailure() {
        int port = server.getAddress().getPort();
        server.stop(0);

        assertThatThrownBy(() -> gateway(URI.create("http://127.0.0.1:" + port + "/sms"), "t")
                .send(new SmsGateway.Message("sms-1", "13800138000", "x"))).isInstanceOf(SmsGateway.SendFailed.class);
    }

    @Test
    void theHttpGatewayNeedsAnAddress() {
        assertThatThrownBy(() -> gateway(null, "t")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sms.http.url");
    }

    private HttpSmsGateway gateway(String token) {
        return gateway(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms"), token);
    }

    private HttpSmsGateway gateway(URI url, String token) {
        SmsSettings settings = new SmsSettings("http", 20, 5, Duration.ofMinutes(1), Duration.ofHours(1),
                Duration.ofMinutes(5), "", new SmsSettings.Http(url, token, Duration.ofMillis(500),
                        Duration.ofMillis(500)), SmsTextsTest.defaults());
        return new HttpSmsGateway(settings, json);
    }
}
