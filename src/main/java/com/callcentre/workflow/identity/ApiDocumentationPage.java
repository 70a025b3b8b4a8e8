package com.callcentre.workflow.identity;

import com.callcentre.workflow.system.ApiDocumentation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Swagger UI page of {@code /api} ({@link ApiDocumentation#PAGE} and its files under
 * {@link ApiDocumentation#PAGE_ROOT}) is for administrators ({@code camunda-admin}) only, like
 * Camunda Admin: anyone else signed in is answered 403. It runs after {@link ApiAuthenticationFilter},
 * which has already answered 401 to nobody signed in.
 */
class ApiDocumentationPage extends OncePerRequestFilter {

    static final String FORBIDDEN = "{\"status\":403,\"message\":\"API 文档页仅限系统管理员（camunda-admin）查看\","
            + "\"rule\":null,\"errors\":[]}";

    private final CurrentUser currentUser;

    ApiDocumentationPage(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /**
     * The page and its files: the paths this filter guards. Read from the path as the container
     * decoded and normalized it (what Spring MVC serves by), never the address as sent:
     * {@code /api/%73wagger-ui/index.html} is the page too.
     */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() != null ? request.getPathInfo() : "");
        return path.equals(ApiDocumentation.PAGE) || path.equals(ApiDocumentation.PAGE_ROOT)
                || path.startsWith(ApiDocumentation.PAGE_ROOT + "/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isPage(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!currentUser.isIn(Groups.CAMUNDA_ADMIN)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
