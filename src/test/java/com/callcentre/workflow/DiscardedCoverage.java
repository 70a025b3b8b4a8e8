package com.callcentre.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * For an {@link ApplicationTest} marked {@code @ExcludeFromProcessCoverage} (the API tests, which
 * start instances without testing a process): gives the engine a collector that discards events
 * before each test. Excluded alone, the engine's coverage listener would have no state to record into.
 */
public class DiscardedCoverage extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext context) {
        if (context.getTestClass().isAnnotationPresent(ExcludeFromProcessCoverage.class)) {
            new ProcessEngineAdapter(context.getApplicationContext().getBean(ProcessEngine.class), event -> { })
                    .initializeListeners();
        }
    }
}
