package com.callcentre.workflow.escalation;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The result of the DMN table {@code complaint-sla}, as {@code determineTimeLimits} stored it. */
record TimeLimits(Duration acknowledge, Duration resolve) {

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(VariableScope scope) {
        Object limits = scope.getVariable("timeLimits");
        if (!(limits instanceof Map<?, ?>)) {
            throw new IllegalStateException("No time limits on the ticket: determineTimeLimits has not run");
        }
        return (Map<String, Object>) limits;
    }

    static TimeLimits ofOrder(VariableScope scope) {
        Map<String, Object> limits = of(scope);
        return new TimeLimits(Duration.parse((String) limits.get("acknowledgeLimit")),
                Duration.parse((String) limits.get("resolveLimit")));
    }
}
