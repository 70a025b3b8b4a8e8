package com.callcentre.workflow;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;

/** Test helpers (fixtures) of the feature packages, found beside their tests. */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackages = "com.callcentre.workflow", useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = org.springframework.context.annotation.FilterType.REGEX,
                pattern = ".*Fixture"))
class TestFixtures {
}
