package com.callcentre.workflow.search;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The ticket search page at {@code /tickets/} (issue 16): static files under
 * {@code static/tickets/}, reading {@code /api/tickets} and {@code /api/complaints/{ticketNo}}
 * with the Camunda webapps' session; what each reader finds is {@link TicketFinder}'s.
 */
@Configuration(proxyBeanMethods = false)
class SearchPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/tickets", "/tickets/");
        registry.addViewController("/tickets/").setViewName("forward:/tickets/index.html");
    }
}
