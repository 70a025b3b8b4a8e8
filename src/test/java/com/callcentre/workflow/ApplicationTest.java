package com.callcentre.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The whole application on a real port with the real engine and database (H2, or PostgreSQL
 * when the postgres profile is active). One annotation for every such test, so they all share
 * one started application.
 * <p>
 * Process test coverage is recorded for every such class (the library registers its listener
 * for all Spring tests) and gated for the whole suite by {@link ProcessCoverageCheck}. A class
 * that starts instances without testing a process (the API tests) is marked
 * {@code @ExcludeFromProcessCoverage}; {@link DiscardedCoverage} then gives the engine a
 * collector that discards events before each of its tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ProcessEngineCoverageConfiguration.class, TestFixtures.class})
@TestExecutionListeners(listeners = DiscardedCoverage.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface ApplicationTest {
}
