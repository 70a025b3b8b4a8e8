package com.callcentre.workflow.quality;

import java.util.Arrays;
import java.util.Optional;

/** The complaint manager's verdict on a closed ticket (CP-8 检验审核). */
enum AuditOutcome {
    PASS("合格"), FAIL("不合格");

    private final String label;

    AuditOutcome(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Optional<AuditOutcome> of(Object value) {
        return Arrays.stream(values()).filter(o -> o.name().equals(value)).findFirst();
    }
}
