package com.callcentre.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The routing table {@code complaint-routing} (CP-5) row by row, in a standalone DMN engine
 * (no Spring, no process engine): the file in {@code processes/} as it is deployed.
 */
class ComplaintRoutingDecisionTest {

    static final Path DMN = Paths.get("processes", "complaint-routing.dmn");
    static final String DECISION = "complaint-routing";

    /** category, vipLevel, the departments the manager is offered. */
    static Stream<Arguments> routingCases() {
        return Stream.of(
                Arguments.of("NETWORK", "NONE", Set.of("network")),
                Arguments.of("BILLING", "NONE", Set.of("billing")),
                Arguments.of("PRODUCT", "SILVER", Set.of("business")),
                Arguments.of("SERVICE_ATTITUDE", "NONE", Set.of("aftersales")),
                Arguments.of("OTHER", "NONE", Set.of("business")),
                Arguments.of("BILLING", "GOLD", Set.of("billing", "vip")),
                Arguments.of("NETWORK", "DIAMOND", Set.of("network", "vip")),
                // silver customers are not routed to the key-account managers
                Arguments.of("OTHER", "SILVER", Set.of("business")));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @MethodSource("routingCases")
    void proposesTheDepartmentsOfTheCategoryAndVipLevel(String category, String vipLevel, Set<String> expected)
            throws IOException {
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

        List<String> departments = evaluate(engine, category, vipLevel);

        assertThat(new HashSet<>(departments))
                .as("departments proposed for %s / %s", category, vipLevel)
                .isEqualTo(expected);
    }

    @Test
    void collectsEveryMatchingRuleWithoutAggregation() {
        DecisionTable table = decisionTable();

        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
        assertThat(table.getAggregation()).as("COLLECT without SUM/COUNT/MIN/MAX: a list of departments").isNull();
        assertThat(table.getOutputs()).extracting(o -> o.getName()).containsExactly("department");
    }

    /** A rule added to the table without a case above fails here. */
    @Test
    void everyRuleOfTheTableIsExercisedByACase() throws IOException {
        List<String> matchedRuleIds = new ArrayList<>();
        DmnDecisionTableEvaluationListener recordMatches = event -> event.getMatchingRules().stream()
                .map(DmnEvaluatedDecisionRule::getId)
                .forEach(matchedRuleIds::add);
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(recordMatches))
                .buildEngine();

        for (Arguments routingCase : routingCases().toList()) {
            Object[] args = routingCase.get();
            evaluate(engine, (String) args[0], (String) args[1]);
        }

        Set<String> ruleIds = decisionTable().getRules().stream().map(Rule::getId).collect(Collectors.toSet());
        assertThat(ruleIds).as("rules of %s", DMN).isNotEmpty();
        assertThat(new HashSet<>(matchedRuleIds))
                .as("rules hit by at least one case of routingCases()")
                .containsExactlyInAnyOrderElementsOf(ruleIds);
    }

    private static List<String> evaluate(DmnEngine engine, String category, String vipLevel) throws IOException {
        try (InputStream in = Files.newInputStream(DMN)) {
            DmnDecision decision = engine.parseDecision(DECISION, in);
            assertThat(decision.isDecisionTable()).isTrue();
            DmnDecisionTableResult result = engine.evaluateDecisionTable(decision,
                    Map.of("category", category, "vipLevel", vipLevel));
            return result.collectEntries("department");
        }
    }

    private static DecisionTable decisionTable() {
        DmnModelInstance model = Dmn.readModelFromFile(DMN.toFile());
        Decision decision = model.getModelElementById(DECISION);
        assertThat(decision).as("decision %s in %s", DECISION, DMN).isNotNull();
        assertThat(decision.getExpression()).isInstanceOf(DecisionTable.class);
        return (DecisionTable) decision.getExpression();
    }
}
