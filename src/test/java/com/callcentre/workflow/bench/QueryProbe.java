package com.callcentre.workflow.bench;

import com.callcentre.workflow.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read side as staff's screens call it over HTTP (issue 14): Tasklist's filters (the list
 * with HAL, as Tasklist loads it, and the count beside each filter's name), the Cockpit plugin's
 * SLA board and the monthly report. Each call must answer 200; its time is the answer's.
 */
public final class QueryProbe {

    /** Tasklist's first page. */
    static final String PAGE = "firstResult=0&maxResults=15";
    /** Tasklist posts its sorting with the list; the filter's own order applies after it. */
    static final String LIST_BODY = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

    private final ApiClient api;

    public QueryProbe(int port) {
        this.api = new ApiClient(port);
    }

    /** The Tasklist filters this user may see (FILTER READ), by name: id. */
    public Map<String, String> filters(String user) {
        JsonNode list = json(send(api.request("/engine-rest/filter?resourceType=Task", user, ApiClient.password(user)).GET()));
        Map<String, String> filters = new LinkedHashMap<>();
        list.forEach(f -> filters.put(f.path("name").asText(), f.path("id").asText()));
        return filters;
    }

    /** One filter's first page as Tasklist loads it; the nanoseconds it took. */
    public long list(String user, String filterId) {
        long start = System.nanoTime();
        send(api.request("/engine-rest/filter/" + filterId + "/list?" + PAGE, user, ApiClient.password(user))
                .header("Content-Type", "application/json;charset=UTF-8")
                .setHeader("Accept", "application/hal+json")
                .POST(HttpRequest.BodyPublishers.ofString(LIST_BODY, StandardCharsets.UTF_8)));
        return System.nanoTime() - start;
    }

    /** One filter's count (the number beside its name). */
    public long count(String user, String filterId) {
        long start = System.nanoTime();
        send(api.request("/engine-rest/filter/" + filterId + "/count", user, ApiClient.password(user)).GET());
        return System.nanoTime() - start;
    }

    /** Every filter the user sees, listed and counted once: each call's time. */
    public List<Long> tasklist(String user, Map<String, String> filters) {
        List<Long> times = new ArrayList<>();
        for (String id : filters.values()) {
            times.add(list(user, id));
            times.add(count(user, id));
        }
        return times;
    }

    /** The SLA board (GET /api/sla/orders) as the user. */
    public long slaBoard(String user) {
        long start = System.nanoTime();
        send(api.request("/api/sla/orders", user, ApiClient.password(user)).GET());
        return System.nanoTime() - start;
    }

    /** The monthly report of {@code month} (2026-05) as the user. */
    public long monthlyReport(String user, String month) {
        long start = System.nanoTime();
        send(api.request("/api/reports/monthly?month=" + month, user, ApiClient.password(user)).GET());
        return System.nanoTime() - start;
    }

    /** The monthly report's JSON. */
    public JsonNode monthlyReportJson(String user, String month) {
        return json(send(api.request("/api/reports/monthly?month=" + month, user, ApiClient.password(user)).GET()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = api.send(request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.request().method() + " "
                    + response.request().uri() + " " + response.body());
        }
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return ApiClient.JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
