package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.system.InvalidInputException;
import java.util.List;

/**
 * A swap rule forbids the request outright (SW-3 to SW-8). An {@link InvalidInputException}
 * naming the rule, so that a Tasklist start form gets it as a 400 with the rule in the
 * message; {@code /api/shift-swaps} answers it 422 {@code {rule, message}}.
 */
class SwapRefusal extends InvalidInputException {

    private final String rule;
    private final String reason;

    SwapRefusal(String rule, String reason) {
        super(List.of(new FieldProblem(rule, reason)));
        this.rule = rule;
        this.reason = reason;
    }

    String rule() {
        return rule;
    }

    /** The Chinese message without the rule id. */
    String reason() {
        return reason;
    }
}
