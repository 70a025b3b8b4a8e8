package com.callcentre.workflow.bench;

import com.callcentre.workflow.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/**
 * The ticket search as staff's page calls it over HTTP (issue 16): {@code GET /api/tickets?…} as
 * JSON, {@code GET /api/tickets.csv?…} as a manager's export. Each call must answer 200.
 */
final class SearchProbe {

    /** One answer: how long it took, the {@code total} (or {@code X-Total-Count}) and the rows it held. */
    record Answer(long nanos, long total, int rows) {
    }

    private final ApiClient api;

    SearchProbe(int port) {
        this.api = new ApiClient(port);
    }

    /** {@code query}: the query string as the page sends it, URL-encoded, without {@code ?}. */
    Answer search(String user, String query) {
        long start = System.nanoTime();
        HttpResponse<String> response = send(user, "/api/tickets" + (query.isEmpty() ? "" : "?" + query));
        long nanos = System.nanoTime() - start;
        try {
            JsonNode body = ApiClient.JSON.readTree(response.body());
            return new Answer(nanos, body.path("total").asLong(-1), body.path("items").size());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CSV export: the rows (lines after the header) and {@code X-Total-Count}. */
    Answer csv(String user, String query) {
        long start = System.nanoTime();
        HttpResponse<String> response = send(user, "/api/tickets.csv" + (query.isEmpty() ? "" : "?" + query));
        long nanos = System.nanoTime() - start;
        long total = Long.parseLong(response.headers().firstValue("X-Total-Count").orElse("-1"));
        int rows = (int) response.body().lines().filter(l -> !l.isBlank()).count() - 1;
        return new Answer(nanos, total, rows);
    }

    private HttpResponse<String> send(String user, String path) {
        HttpResponse<String> response;
        try {
            response = api.send(api.request(path, user, ApiClient.password(user)).GET());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " GET " + path + " " + response.body());
        }
        return response;
    }
}
