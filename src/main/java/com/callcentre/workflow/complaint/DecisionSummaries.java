package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.Departments;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.springframework.stereotype.Component;

/**
 * A decision of the engine's history in one Chinese line, by the table's own output labels:
 * {@code 受理时限 4小时；处理时限 48小时；答复客户时限 48小时} for {@code complaint-sla},
 * {@code 派单部门 计费部、大客户经理部} for {@code complaint-routing}. The tables may change; so the
 * labels come from the history, in the order of the table's columns, and values are read by
 * their form, not by a fixed list. Call it without the caller's authorizations (it reads the
 * table's model).
 */
@Component
class DecisionSummaries {

    private final Departments departments;
    private final RepositoryService repository;
    /** The output columns' ids of each deployed table, in their order: a deployment never changes. */
    private final Map<String, List<String>> columns = new ConcurrentHashMap<>();

    DecisionSummaries(Departments departments, RepositoryService repository) {
        this.departments = departments;
        this.repository = repository;
    }

    String summarise(HistoricDecisionInstance decision) {
        if (decision.getOutputs() == null || decision.getOutputs().isEmpty()) {
            return "无匹配规则";
        }
        // The history lists outputs by column id; staff read them in the table's order.
        List<String> order = columns.computeIfAbsent(decision.getDecisionDefinitionId(), this::outputColumns);
        List<HistoricDecisionOutputInstance> outputs = new ArrayList<>(decision.getOutputs());
        outputs.sort(Comparator.comparing((HistoricDecisionOutputInstance o) -> o.getRuleOrder() == null ? 0 : o.getRuleOrder())
                .thenComparing(o -> order.indexOf(o.getClauseId())));
        // Several matched rules of a COLLECT table give one output each: one label, many values.
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        for (HistoricDecisionOutputInstance output : outputs) {
            String label = output.getClauseName() != null ? output.getClauseName() : output.getVariableName();
            List<String> values = byLabel.computeIfAbsent(label, l -> new ArrayList<>());
            String value = value(output);
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return byLabel.entrySet().stream().map(e -> e.getKey() + " " + String.join("、", e.getValue()))
                .collect(Collectors.joining("；"));
    }

    private List<String> outputColumns(String decisionDefinitionId) {
        String key = repository.getDecisionDefinition(decisionDefinitionId).getKey();
        Decision decision = repository.getDmnModelInstance(decisionDefinitionId).getModelElementById(key);
        if (decision == null || !(decision.getExpression() instanceof DecisionTable table)) {
            return List.of();
        }
        return table.getOutputs().stream().map(Output::getId).toList();
    }

    private String value(HistoricDecisionOutputInstance output) {
        Object value = output.getValue();
        if (value == null) {
            return "—";
        }
        if ("department".equals(output.getVariableName())) {
            return departments.nameOf(value.toString());
        }
        if (value instanceof Number share && output.getVariableName() != null
                && output.getVariableName().endsWith("Share")) {
            return Math.round(share.doubleValue() * 100) + "%";
        }
        if (value instanceof String text && text.startsWith("P")) {
            try {
                return duration(Duration.parse(text));
            } catch (DateTimeParseException notADuration) {
                return text;
            }
        }
        return value.toString();
    }

    /** A limit as staff say it: 30分钟, 4小时, 48小时, 1小时30分钟. */
    static String duration(Duration limit) {
        long minutes = limit.toMinutes();
        if (minutes < 60) {
            return minutes + "分钟";
        }
        return minutes / 60 + "小时" + (minutes % 60 == 0 ? "" : minutes % 60 + "分钟");
    }
}
