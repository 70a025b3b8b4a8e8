package com.callcentre.workflow.complaint;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The "show number" page at {@code /customer-contact/} (CP-9): static files under {@code static/customer-contact/}. */
@Configuration(proxyBeanMethods = false)
class CustomerContactPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/customer-contact", "/customer-contact/");
        registry.addViewController("/customer-contact/").setViewName("forward:/customer-contact/index.html");
    }
}
