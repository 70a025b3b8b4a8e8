package com.callcentre.workflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every request to the project's {@code /api} against the engine's users:
 * HTTP Basic for API clients, or, for reading only, the session of a user logged in to the
 * Camunda webapps (their CSRF protection does not cover {@code /api}, so no session writes).
 * The exceptions are {@link #SESSION_POSTS}, sent by our Tasklist scripts: the intake form's
 * caller history (a lookup that takes a body only to keep a customer's number out of URLs, CP-9)
 * and a ticket's notes and attachments. With the session they must carry the Camunda session's
 * CSRF token in {@code X-XSRF-TOKEN}, as the webapps' own writes do, so another site cannot make
 * them (docs/security.md).
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

    /**
     * POSTs a webapp script may send with the session and its CSRF token: the intake form's caller
     * history (CP-3, recorded as CP-9 asks), a ticket's notes and attachments (ticketnote), and the
     * search page's linking or merging of duplicate tickets (issue 16; the API checks who may).
     */
    static final Pattern SESSION_POSTS = Pattern.compile(
            "/api/caller-history|/api/tickets/[^/]+/(notes|attachments|links)");

    private static final SecureRandom RANDOM = new SecureRandom();

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
        if (header == null && userId != null) {
            handTokenOver(request, response);
        }
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

    private static boolean csrfCheckedPost(HttpServletRequest request, HttpSession session) {
        if (!"POST".equals(request.getMethod()) || !SESSION_POSTS.matcher(request.getRequestURI()
                .substring(request.getContextPath().length())).matches()) {
            return false;
        }
        Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected instanceof String token && !token.isEmpty() && sent != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A session's read answers the session's CSRF token in {@code X-XSRF-TOKEN}, for the search
     * page's writes (its cookie's path is {@code /camunda}); only a page of this site reads it.
     * Right after the login the new session has no token until the first request to the webapps
     * ({@code /camunda}): the first read of {@code /api} then makes it, as Camunda's CSRF filter
     * would, in the session and in the webapps' cookie, so that the page's first write works and
     * the webapps go on with the same token.
     */
    private static void handTokenOver(HttpServletRequest request, HttpServletResponse response) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        HttpSession session = request.getSession(false);
        String token;
        Object mutex = session.getAttribute(CsrfConstants.CSRF_SESSION_MUTEX);
        synchronized (mutex == null ? session : mutex) {
            Object existing = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
            if (existing instanceof String value && !value.isEmpty()) {
                token = value;
            } else {
                token = newToken();
                session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, token);
                String path = request.getContextPath() + ServletContextUtil.getAppPath(request.getServletContext());
                response.addHeader("Set-Cookie", CsrfConstants.CSRF_TOKEN_DEFAULT_COOKIE_NAME + "=" + token
                        + ";SameSite=Lax" + CsrfConstants.CSRF_PATH_FIELD_NAME + (path.isEmpty() ? "/" : path));
            }
        }
        response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, token);
    }

    /** A token as Camunda's CSRF filter makes one: 16 random bytes, in upper-case hex. */
    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private String sessionUser(HttpServletRequest request) {
        String method = request.getMethod();
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        if (!("GET".equals(method) || "HEAD".equals(method)) && !csrfCheckedPost(request, session)) {
            return null;
        }
        Authentication user = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
        return user == null ? null : user.getIdentityId();
    }
}
