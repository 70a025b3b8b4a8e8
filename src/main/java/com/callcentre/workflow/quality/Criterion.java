package com.callcentre.workflow.quality;

import java.util.Arrays;
import java.util.List;

/**
 * The items of the listening form (质检评分, QA-1), each scored from 0 to its maximum; the maxima
 * add up to 100. The grade (优秀/良好/合格/不合格) is the {@code quality-grade} table's
 * (processes/quality-grade.dmn), from the items and their total, so the centre changes where a
 * grade begins, or which item fails a call on its own, without code.
 */
enum Criterion {
    ATTITUDE("attitudeScore", "服务态度", 30),
    ACCURACY("accuracyScore", "业务准确", 30),
    EXPRESSION("expressionScore", "沟通表达", 20),
    PROCEDURE("procedureScore", "服务规范", 20);

    private final String variable;
    private final String label;
    private final int max;

    Criterion(String variable, String label, int max) {
        this.variable = variable;
        this.label = label;
        this.max = max;
    }

    String variable() {
        return variable;
    }

    String label() {
        return label;
    }

    int max() {
        return max;
    }

    static List<String> variables() {
        return Arrays.stream(values()).map(Criterion::variable).toList();
    }
}
