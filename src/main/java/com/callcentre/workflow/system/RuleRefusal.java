package com.callcentre.workflow.system;

import java.util.Arrays;

/**
 * A business rule forbids the request outright (LV-…, SW-…, CP-…): nothing is created. On
 * {@code /api} {@link ApiErrorHandler} answers it 422 with the rule id; on a Tasklist start form
 * or task it is the engine's form-validation error (400) whose message names the rule.
 */
public class RuleRefusal extends InvalidInputException {

    private final String rule;
    private final String reason;

    /** The rule, why (Chinese), and the fields the refusal is about, if any. */
    public RuleRefusal(String rule, String reason, String... fields) {
        super(Arrays.stream(fields).map(field -> new FieldProblem(field, reason)).toList(),
                "不符合规定 - " + rule + ": " + reason);
        this.rule = rule;
        this.reason = reason;
    }

    public String rule() {
        return rule;
    }

    /** The Chinese message without the rule id. */
    public String reason() {
        return reason;
    }
}
