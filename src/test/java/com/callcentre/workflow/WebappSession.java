package com.callcentre.workflow;

import java.io.IOException;
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

/**
 * A browser's session with the Camunda webapps, as Tasklist and Cockpit use it: logged in through
 * the webapps' login, with their CSRF token on every write. For requests to the webapps' own
 * engine API ({@code /camunda/api/engine/engine/default/...}) and to {@code /api} with the session.
 */
public final class WebappSession {

    public static final String ENGINE = "/camunda/api/engine/engine/default";

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser;

    private WebappSession(int port) {
        this.port = port;
        this.browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Logged in to Tasklist as the demo user; the answer of the login must be 200. */
    public static WebappSession logIn(int port, String user) throws IOException, InterruptedException {
        WebappSession session = justLoggedIn(port, user);
        // The login starts a new session: its CSRF token comes with the next page, as in a browser.
        session.browser.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")).GET().build(),
                BodyHandlers.ofString());
        return session;
    }

    /**
     * Logged in through the webapps' login and nothing else: the new session has no CSRF token yet
     * (a browser that goes from the login straight to one of the application's pages).
     */
    public static WebappSession justLoggedIn(int port, String user) throws IOException, InterruptedException {
        WebappSession session = new WebappSession(port);
        session.browser.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")).GET().build(),
                BodyHandlers.ofString());
        String form = "username=" + user + "&password=" + URLEncoder.encode(ApiClient.password(user), StandardCharsets.UTF_8);
        HttpResponse<String> login = session.browser.send(HttpRequest.newBuilder(
                        session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", session.xsrfToken())
                .POST(BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Login of " + user + " answered " + login.statusCode() + ": " + login.body());
        }
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build(),
                BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A JSON POST with the session's CSRF token, as the webapps send it. */
    public HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-XSRF-TOKEN", xsrfToken())
                .POST(BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public String xsrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    public HttpClient client() {
        return browser;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
