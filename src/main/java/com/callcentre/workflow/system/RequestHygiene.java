package com.callcentre.workflow.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every answer carries and every request is spared (docs/security.md, "Headers"):
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff} on {@code /api}, {@code /engine-rest} and the
 * application's pages; on the pages ({@code /reports/}, {@code /customer-contact/}, the API's
 * Swagger UI page) a
 * Content-Security-Policy that allows only this application's own scripts and no framing;</li>
 * <li>behind HTTPS (a proxy's {@code X-Forwarded-Proto}, read with
 * {@code server.forward-headers-strategy}), {@code Strict-Transport-Security};</li>
 * <li>a query parameter of {@code /api} that cannot be decoded is a 400 naming it ({@link QueryDecoding}),
 * never a search without it;</li>
 * <li>a malformed {@code Accept-Language} is dropped before anything parses it (the engine's
 * REST API answered it with a 500); the webapps then use their default, Chinese.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class RequestHygiene {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Language ranges as RFC 4647 has them, with optional weights: "zh-CN,zh;q=0.9,en;q=0.8". */
    private static final Pattern LANGUAGES = Pattern.compile(
            "\\s*(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)(\\s*;\\s*q\\s*=\\s*(0(\\.\\d{0,3})?|1(\\.0{0,3})?))?"
                    + "(\\s*,\\s*(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)(\\s*;\\s*q\\s*=\\s*(0(\\.\\d{0,3})?|1(\\.0{0,3})?))?)*\\s*");

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestHygieneFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                headers(request, response);
                if (controlCharacterIn(request)) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    response.setContentType("application/json;charset=UTF-8");
                    response.getWriter().write("{\"status\":400,\"message\":\"地址或参数" + PlainText.MESSAGE
                            + "\",\"rule\":null,\"errors\":[]}");
                    return;
                }
                // The container's decoded, normalised path: /%61pi/ or /api;x=1/ is /api/ here too.
                String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
                java.util.Optional<String> undecodable = path.startsWith("/api/")
                        ? QueryDecoding.undecodable(request.getQueryString()) : java.util.Optional.empty();
                if (undecodable.isPresent()) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    response.setContentType("application/json;charset=UTF-8");
                    response.getWriter().write(JSON.writeValueAsString(QueryDecoding.error(undecodable.get())));
                    return;
                }
                chain.doFilter(sane(request), response);
            }
        });
        registration.setName("requestHygiene");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static void headers(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean page = path.startsWith("/reports") || path.startsWith("/customer-contact") || path.startsWith("/tickets")
                || path.equals(ApiDocumentation.PAGE) || path.startsWith(ApiDocumentation.PAGE_ROOT);
        if (page || path.startsWith("/api/") || path.startsWith("/engine-rest")) {
            response.setHeader("X-Content-Type-Options", "nosniff");
        }
        if (page) {
            response.setHeader("Content-Security-Policy", PAGE_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "no-referrer");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /** A NUL or other control character in the address or a parameter (PostgreSQL refuses NUL). */
    static boolean controlCharacterIn(HttpServletRequest request) {
        if (PlainText.hasControlCharacters(request.getRequestURI())) {
            return true;
        }
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        // The query string only: reading parameters would consume a form body meant for Jersey.
        try {
            return PlainText.hasControlCharacters(java.net.URLDecoder.decode(query, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return false; // the container answers a malformed query itself
        }
    }

    static boolean wellFormed(String acceptLanguage) {
        return acceptLanguage.length() <= 200 && LANGUAGES.matcher(acceptLanguage).matches();
    }

    private static HttpServletRequest sane(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || wellFormed(header)) {
            return request;
        }
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return "Accept-Language".equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Accept-Language".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }

            @Override
            public java.util.Locale getLocale() {
                return java.util.Locale.SIMPLIFIED_CHINESE;
            }

            @Override
            public Enumeration<java.util.Locale> getLocales() {
                return Collections.enumeration(java.util.List.of(java.util.Locale.SIMPLIFIED_CHINESE));
            }
        };
    }
}
