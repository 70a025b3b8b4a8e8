package com.callcentre.workflow.identity;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Nothing answers anonymously but the webapps' login pages and health: {@code /engine-rest}
 * and {@code /api} require HTTP Basic against the engine's users (the webapps' own
 * {@code /camunda/api} keeps the webapps' session login). The Swagger UI page of {@code /api}
 * is for administrators only ({@link ApiDocumentationPage}).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** Failed logins per client address (docs/security.md): around every route that checks a password. */
    @Bean
    LoginThrottle loginThrottle(@Value("${security.login.max-failures-per-address:20}") int maxFailures,
            @Value("${security.login.window:PT10M}") Duration window) {
        return new LoginThrottle(maxFailures, window, System::currentTimeMillis);
    }

    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottleFilter(LoginThrottle throttle, JerseyApplicationPath path) {
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
        registration.setName("loginThrottle");
        registration.addUrlPatterns(path.getUrlMapping(), "/api/*", "/camunda/api/admin/auth/user/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(JerseyApplicationPath path) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engineRestAuthentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(path.getUrlMapping());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ProcessEngine engine) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine.getIdentityService(), engine.getName()));
        registration.setName("apiAuthentication");
        registration.addUrlPatterns("/api/*");
        // After Spring Session's filter: a webapp session read here is the one in the database.
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 10);
        return registration;
    }

    /** The Swagger UI page of /api: administrators only (after the authentication of /api). */
    @Bean
    FilterRegistrationBean<ApiDocumentationPage> apiDocumentationPage(CurrentUser currentUser) {
        FilterRegistrationBean<ApiDocumentationPage> registration =
                new FilterRegistrationBean<>(new ApiDocumentationPage(currentUser));
        registration.setName("apiDocumentationPage");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 20);
        return registration;
    }
}
