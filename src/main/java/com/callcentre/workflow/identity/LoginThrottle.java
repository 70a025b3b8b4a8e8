package com.callcentre.workflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Failed logins are throttled per client address (docs/security.md, "Accounts"): a request that
 * carries a password (HTTP Basic on {@code /api} and {@code /engine-rest}, the webapps' login)
 * from an address with {@code max-failures} failed logins within {@code window} is answered 429
 * in Chinese before any password is checked. Each account's own lock is the engine's growing
 * delay, which expires (at most {@code login-delay-max-time}); no address can lock an account
 * for good. Kept per node, in memory: the limit is per node.
 */
class LoginThrottle extends OncePerRequestFilter {

    /** Addresses remembered at most; the oldest is forgotten first. */
    static final int MAX_ADDRESSES = 10_000;

    private final int maxFailures;
    private final long windowMillis;
    private final LongSupplier clock;
    private final Map<String, Deque<Long>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    LoginThrottle(int maxFailures, Duration window, LongSupplier clock) {
        this.maxFailures = maxFailures;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesPassword(request)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        long retryAfter = blockedFor(address);
        if (retryAfter > 0) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter / 1000)));
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":429,\"message\":\"登录失败次数过多，请 "
                    + Math.max(1, (retryAfter + 59_999) / 60_000) + " 分钟后再试\",\"errors\":[]}");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            failed(address);
        }
    }

    /** HTTP Basic anywhere it is filtered, or a POST to the webapps' login. */
    static boolean carriesPassword(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6)
                || "POST".equals(request.getMethod()) && request.getRequestURI().contains("/auth/user/")
                && request.getRequestURI().contains("/login/");
    }

    synchronized void failed(String address) {
        Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        times.addLast(clock.getAsLong());
        while (times.size() > maxFailures) {
            times.removeFirst();
        }
    }

    /** Milliseconds until the address may try again; 0 when it may now. */
    synchronized long blockedFor(String address) {
        Deque<Long> times = failures.get(address);
        long now = clock.getAsLong();
        if (times == null) {
            return 0;
        }
        while (!times.isEmpty() && now - times.peekFirst() >= windowMillis) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            failures.remove(address);
            return 0;
        }
        return times.size() >= maxFailures ? windowMillis - (now - times.peekFirst()) : 0;
    }

    /** Forgets every address (an operator's reset; tests). */
    synchronized void forgetAll() {
        failures.clear();
    }
}
