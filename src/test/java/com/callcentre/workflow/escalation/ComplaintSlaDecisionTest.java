package com.callcentre.workflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The time-limit table {@code complaint-sla} (SL-1, SL-4) row by row, in a standalone DMN
 * engine: the defaults docs/sla.md promises.
 */
class ComplaintSlaDecisionTest {

    static final Path DMN = Path.of("processes", "complaint-sla.dmn");
    static final String DECISION = "complaint-sla";

    /** vipLevel, major, then acknowledge, resolve, customer's answer, reminder share. */
    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of("NONE", true, "PT30M", "PT4H", "PT24H"),
                Arguments.of("DIAMOND", true, "PT30M", "PT4H", "PT24H"),
                Arguments.of("DIAMOND", false, "PT1H", "PT12H", "PT48H"),
                Arguments.of("GOLD", false, "PT2H", "PT24H", "PT48H"),
                Arguments.of("SILVER", false, "PT3H", "PT36H", "PT48H"),
                Arguments.of("NONE", false, "PT4H", "PT48H", "PT48H"));
    }

    @ParameterizedTest(name = "{0}, major {1} -> acknowledge {2}, resolve {3}")
    @MethodSource("limits")
    void givesTheLimitsOfTheVipLevelAndMajorComplaints(String vipLevel, boolean major, String acknowledge,
            String resolve, String customerAnswer) throws IOException {
        DmnDecisionResultEntries result = evaluate(DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .buildEngine(), vipLevel, major);

        assertThat(result.<String>getEntry("acknowledgeLimit")).isEqualTo(acknowledge);
        assertThat(result.<String>getEntry("resolveLimit")).isEqualTo(resolve);
        assertThat(result.<String>getEntry("customerAnswerLimit")).isEqualTo(customerAnswer);
        assertThat(result).as("SL-4's reminder point is configuration (escalation.reminder-share)")
                .doesNotContainKey("reminderShare");
    }

    /** vipLevel, major, then the centre's steps: dispatch, review, callback, customer info, takeover. */
    static Stream<Arguments> centreSteps() {
        return Stream.of(
                Arguments.of("GOLD", true, List.of("PT15M", "PT1H", "PT2H", "PT1H", "PT1H")),
                Arguments.of("DIAMOND", false, List.of("PT30M", "PT2H", "PT4H", "PT2H", "PT2H")),
                Arguments.of("GOLD", false, List.of("PT1H", "PT4H", "PT8H", "PT4H", "PT4H")),
                Arguments.of("SILVER", false, List.of("PT1H", "PT4H", "PT8H", "PT4H", "PT4H")),
                Arguments.of("NONE", false, List.of("PT2H", "PT8H", "PT24H", "PT8H", "PT8H")));
    }

    @ParameterizedTest(name = "{0}, major {1} -> centre steps {2}")
    @MethodSource("centreSteps")
    void givesEachCentreStepItsLimit(String vipLevel, boolean major, List<String> steps) throws IOException {
        DmnDecisionResultEntries result = evaluate(DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .buildEngine(), vipLevel, major);

        assertThat(List.of("dispatchLimit", "reviewLimit", "callbackLimit", "customerInfoLimit", "takeoverLimit")
                .stream().map(column -> result.<String>getEntry(column)).toList())
                .as("SL-1, SL-2: the limits of the centre's own steps")
                .isEqualTo(steps);
    }

    @Test
    void theFirstMatchingRuleDecides() {
        assertThat(decisionTable().getHitPolicy()).as("major before VIP level").isEqualTo(HitPolicy.FIRST);
    }

    /** A rule added to the table without a case above fails here. */
    @Test
    void everyRuleOfTheTableIsExercisedByACase() throws IOException {
        List<String> matched = new ArrayList<>();
        DmnDecisionTableEvaluationListener record = event -> event.getMatchingRules().stream()
                .map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(record)).buildEngine();
        for (Arguments limit : limits().toList()) {
            evaluate(engine, (String) limit.get()[0], (Boolean) limit.get()[1]);
        }

        Set<String> rules = decisionTable().getRules().stream().map(Rule::getId).collect(Collectors.toSet());
        assertThat(new HashSet<>(matched)).containsAll(rules);
    }

    private static DmnDecisionResultEntries evaluate(DmnEngine engine, String vipLevel, boolean major)
            throws IOException {
        try (InputStream in = Files.newInputStream(DMN)) {
            DmnDecision decision = engine.parseDecision(DECISION, in);
            return engine.evaluateDecision(decision, Map.of("vipLevel", vipLevel, "major", major)).getSingleResult();
        }
    }

    private static DecisionTable decisionTable() {
        Decision decision = Dmn.readModelFromFile(DMN.toFile()).getModelElementById(DECISION);
        return (DecisionTable) decision.getExpression();
    }
}
