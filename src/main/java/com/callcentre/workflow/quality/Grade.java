package com.callcentre.workflow.quality;

import java.util.Arrays;
import java.util.Optional;

/** A listening's grade (QA-1), as the {@code quality-grade} table gives it. */
enum Grade {
    EXCELLENT("优秀"), GOOD("良好"), PASS("合格"), FAIL("不合格");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Optional<Grade> of(Object value) {
        return Arrays.stream(values()).filter(g -> g.name().equals(value)).findFirst();
    }
}
