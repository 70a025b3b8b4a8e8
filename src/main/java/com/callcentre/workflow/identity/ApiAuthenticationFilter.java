package com.callcentre.workflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every request to the project's {@code /api} against the engine's users:
 * HTTP Basic for API clients, or, for reading only, the session of a user logged in to the
 * Camunda webapps (their CSRF protection does not cover {@code /api}, so no session writes), with
 * one exception: a ticket's notes and attachments ({@link #SESSION_WRITES}, the Tasklist plugin)
 * may be written with the session when the request carries the session's Camunda CSRF token in
 * {@code X-XSRF-TOKEN}, as Tasklist's own writes to the engine do (docs/security.md).
 * The user and their groups are set on the engine for the request, so the engine's
 * authorizations apply to whatever the request does.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String LOG_IN_FIRST = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="UTF-8"><title>需要登录</title></head>
            <body><p>请先以系统管理员身份登录 <a href="/camunda/app/admin/">Camunda Admin</a>，再重新打开本页。</p></body>
            </html>
            """;

    /** The writes a webapp session may make, with its CSRF token: a ticket's notes and attachments. */
    static final Pattern SESSION_WRITES = Pattern.compile("/api/tickets/[^/]+/(notes|attachments)");
    static final String CSRF_HEADER = "X-XSRF-TOKEN";
    /** Where Camunda's CsrfPreventionFilter keeps the session's token. */
    static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

    private final IdentityService identity;
    private final String engineName;

    ApiAuthenticationFilter(IdentityService identity, String engineName) {
        this.identity = identity;
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String userId = header != null ? basicUser(header) : sessionUser(request);
        if (userId == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            if (ApiDocumentationPage.isPage(request)) {
                // The API's page is opened with the Admin login, never with the browser's Basic
                // dialog: credentials it keeps would go along with every later request to /api,
                // writes included, from any site.
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write(LOG_IN_FIRST);
                return;
            }
            // A page's script (the reports page) shows its own login hint: a Basic challenge would
            // make the browser pop up its login dialog instead.
            if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"callcentre\", charset=\"UTF-8\"");
            }
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":401,\"message\":\"需要登录\",\"errors\":[]}");
            return;
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        identity.setAuthentication(userId, groups, tenants);
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    private String basicUser(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String user = decoded.substring(0, colon);
        return identity.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
    }

    private String sessionUser(HttpServletRequest request) {
        String method = request.getMethod();
        HttpSession session = request.getSession(false);
        if (session == null || !("GET".equals(method) || "HEAD".equals(method) || csrfProtectedWrite(request, session))) {
            return null;
        }
        Authentication user = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
        return user == null ? null : user.getIdentityId();
    }

    private static boolean csrfProtectedWrite(HttpServletRequest request, HttpSession session) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Object expected = session.getAttribute(CSRF_SESSION_ATTRIBUTE);
        String sent = request.getHeader(CSRF_HEADER);
        return "POST".equals(request.getMethod()) && SESSION_WRITES.matcher(path).matches()
                && expected instanceof String token && !token.isEmpty() && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
