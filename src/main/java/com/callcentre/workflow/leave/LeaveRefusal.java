package com.callcentre.workflow.leave;

/**
 * A rule forbids the request outright (LV-4, LV-6, LV-7, LV-9): 422 {rule, message} on the API,
 * a form-validation error naming the rule in Tasklist. Nothing is created.
 */
public class LeaveRefusal extends RuntimeException {

    private final String rule;

    LeaveRefusal(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
