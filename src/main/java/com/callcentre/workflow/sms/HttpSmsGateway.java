package com.callcentre.workflow.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code sms.gateway=http} (production): a JSON POST {@code {"reference","to","text"}} to
 * {@code sms.http.url} with {@code Authorization: Bearer <sms.http.token>}, within the configured
 * connect and request timeouts. Any 2xx is accepted; anything else, or no answer, is a failure the
 * poller retries. The provider may see a message twice (a retry after a lost answer, a node
 * killed mid-send): the reference is the same, for it to drop the repeat.
 */
@Component
@ConditionalOnProperty(name = "sms.gateway", havingValue = "http")
class HttpSmsGateway implements SmsGateway {

    private final SmsSettings.Http settings;
    private final HttpClient client;
    private final ObjectMapper json;

    HttpSmsGateway(SmsSettings settings, ObjectMapper json) {
        this.settings = settings.http();
        if (this.settings.url() == null) {
            throw new IllegalStateException("sms.gateway=http needs sms.http.url (the SMS provider's address)");
        }
        this.json = json;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(this.settings.connectTimeout()).build();
    }

    @Override
    public void send(Message message) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body(message), StandardCharsets.UTF_8));
        if (!settings.token().isBlank()) {
            request.header("Authorization", "Bearer " + settings.token());
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SendFailed("SMS gateway not reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailed("interrupted while sending", e);
        }
        if (response.statusCode() / 100 != 2) {
            String answer = response.body() == null ? "" : response.body();
            throw new SendFailed("SMS gateway answered " + response.statusCode() + ": "
                    + (answer.length() > 200 ? answer.substring(0, 200) + "..." : answer));
        }
    }

    private String body(Message message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("reference", message.reference());
        body.put("to", message.to());
        body.put("text", message.text());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
