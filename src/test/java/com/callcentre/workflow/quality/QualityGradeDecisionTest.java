package com.callcentre.workflow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grade table {@code quality-grade} (QA-1) row by row, in a standalone DMN engine: the grades
 * docs/rules.md promises (优秀 from 90, 良好 from 80, 合格 from 60, 服务态度 under 10 fails a call
 * whatever its total).
 */
class QualityGradeDecisionTest {

    static final Path DMN = Path.of("processes", "quality-grade.dmn");

    @ParameterizedTest(name = "服务态度 {0}, total {1} -> {2}")
    @CsvSource({
        "30, 100, EXCELLENT", "25, 90, EXCELLENT", "25, 89, GOOD", "20, 80, GOOD", "20, 79, PASS",
        "15, 60, PASS", "15, 59, FAIL", "0, 0, FAIL", "9, 95, FAIL", "10, 95, EXCELLENT"})
    void gradesAListeningFromItsItemsAndTotal(int attitude, int total, String grade) throws IOException {
        assertThat(evaluate(attitude, total)).isEqualTo(grade);
    }

    @Test
    void everyGradeOfTheTableIsOneTheProductKnows() throws IOException {
        for (int total = 0; total <= 100; total++) {
            assertThat(Grade.of(evaluate(30, total))).as("total " + total).isPresent();
        }
    }

    private static String evaluate(int attitude, int total) throws IOException {
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(DMN)) {
            DmnDecision decision = engine.parseDecision(CheckListeningScore.DECISION, in);
            return engine.evaluateDecisionTable(decision, Map.of("attitudeScore", attitude, "totalScore", total))
                    .getSingleResult().getSingleEntry();
        }
    }
}
