package com.callcentre.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Real HTTP against the running application, as a demo user with HTTP Basic (or anonymously
 * with {@code null}), JSON in and out. Never give it a wrong password: the engine then
 * throttles that user for a while and other tests fail.
 */
public final class ApiClient {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public ApiClient(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user, password(user)).GET());
    }

    public HttpResponse<String> delete(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user, password(user)).DELETE());
    }

    public HttpResponse<String> post(String path, String user, Object body) throws IOException, InterruptedException {
        return postRaw(path, user, "application/json", JSON.writeValueAsString(body));
    }

    public HttpResponse<String> postRaw(String path, String user, String contentType, String body)
            throws IOException, InterruptedException {
        return send(request(path, user, password(user))
                .header("Content-Type", contentType + ";charset=UTF-8")
                .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A request to this application; with a user, HTTP Basic with the given password. */
    public HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (user != null) {
            String credentials = user + ":" + password;
            builder.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The names of a JSON object's fields, in order. */
    public static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The fields a 400 answer names ({@code errors[].field}). */
    public static List<String> errorFields(HttpResponse<String> response) throws IOException {
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.body()).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    /** The demo profile's passwords: admin/admin, every other demo user {@code demo}. */
    public static String password(String user) {
        return "admin".equals(user) ? "admin" : "demo";
    }
}
