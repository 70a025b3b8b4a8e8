package com.callcentre.workflow.reporting;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The reports page at {@code /reports/}: static files under {@code static/reports/}. Spring
 * serves a folder's {@code index.html} only at the site's root, so the folder is mapped here.
 */
@Configuration(proxyBeanMethods = false)
class ReportPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/reports", "/reports/");
        registry.addViewController("/reports/").setViewName("forward:/reports/index.html");
    }
}
