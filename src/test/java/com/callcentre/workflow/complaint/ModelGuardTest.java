package com.callcentre.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputValues;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * House rules of the models in {@code processes/} and {@code forms/}, checked on the files
 * themselves without starting anything: names for Tasklist and Cockpit, forms bound to the
 * deployment, someone to do every user task, and gateways that cannot get stuck. A new model
 * file is covered as soon as it is added.
 */
class ModelGuardTest {

    static final Path PROCESSES = Paths.get("processes");
    static final Path FORMS = Paths.get("forms");
    static final Pattern CAMEL_CASE = Pattern.compile("^[a-z][a-zA-Z0-9]*$");
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    static final Pattern RULE_ID = Pattern.compile("(CP|SL|LV|SW|HO|QA|EM|RP)-\\d+");
    static final ObjectMapper JSON = new ObjectMapper();

    record Model(String file, BpmnModelInstance bpmn) {
    }

    static List<Model> models;

    @BeforeAll
    static void readModels() throws IOException {
        models = new ArrayList<>();
        for (Path file : files(PROCESSES, ".bpmn")) {
            models.add(new Model(file.toString(), Bpmn.readModelFromFile(file.toFile())));
        }
    }

    @Test
    void theProjectHasModelsAndForms() throws IOException {
        assertThat(files(PROCESSES, ".bpmn")).extracting(p -> p.getFileName().toString())
                .contains("complaint-handling.bpmn");
        assertThat(files(FORMS, ".form")).isNotEmpty();
    }

    @Test
    void everyProcessHasAVersionTagAndHistoryTimeToLive() {
        List<String> violations = new ArrayList<>();
        for (Model model : models) {
            for (Process process : model.bpmn().getModelElementsByType(Process.class)) {
                if (blank(process.getCamundaVersionTag())) {
                    violations.add(model.file() + " " + process.getId() + ": no camunda:versionTag");
                }
                if (blank(process.getCamundaHistoryTimeToLiveString())) {
                    violations.add(model.file() + " " + process.getId() + ": no camunda:historyTimeToLive");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyFlowNodeHasANameAndACamelCaseId() {
        List<String> violations = new ArrayList<>();
        for (Model model : models) {
            for (FlowNode node : model.bpmn().getModelElementsByType(FlowNode.class)) {
                String what = model.file() + " " + node.getElementType().getTypeName() + " " + node.getId();
                if (blank(node.getName())) {
                    violations.add(what + ": no name");
                }
                if (node.getId() == null || !CAMEL_CASE.matcher(node.getId()).matches()) {
                    violations.add(what + ": id is not camelCase");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyBranchOfAnExclusiveGatewayIsNamed() {
        List<String> violations = new ArrayList<>();
        for (Model model : models) {
            for (SequenceFlow flow : model.bpmn().getModelElementsByType(SequenceFlow.class)) {
                boolean leavesBranchingGateway = flow.getSource() instanceof ExclusiveGateway gateway
                        && gateway.getOutgoing().size() > 1;
                if ((leavesBranchingGateway || flow.getConditionExpression() != null) && blank(flow.getName())) {
                    violations.add(model.file() + " sequence flow " + flow.getId() + " from "
                            + flow.getSource().getId() + ": no name");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** Otherwise an instance fails at the gateway, or an unconditional branch is always taken. */
    @Test
    void everyBranchingExclusiveGatewayHasADefaultOrConditionsOnAllBranches() {
        List<String> violations = new ArrayList<>();
        for (Model model : models) {
            for (ExclusiveGateway gateway : model.bpmn().getModelElementsByType(ExclusiveGateway.class)) {
                Collection<SequenceFlow> outgoing = gateway.getOutgoing();
                if (outgoing.size() < 2) {
                    continue;
                }
                SequenceFlow defaultFlow = gateway.getDefault();
                for (SequenceFlow flow : outgoing) {
                    if (flow.equals(defaultFlow)) {
                        continue;
                    }
                    if (flow.getConditionExpression() == null || blank(flow.getConditionExpression().getTextContent())) {
                        violations.add(model.file() + " gateway " + gateway.getId() + ": flow " + flow.getId()
                                + " is neither the default nor conditional");
                    }
                }
                if (defaultFlow != null && !outgoing.contains(defaultFlow)) {
                    violations.add(model.file() + " gateway " + gateway.getId() + ": default flow "
                            + defaultFlow.getId() + " does not leave the gateway");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyUserTaskHasADeploymentBoundFormAndSomeoneToDoIt() {
        List<String> violations = new ArrayList<>();
        for (Model model : models) {
            for (UserTask task : model.bpmn().getModelElementsByType(UserTask.class)) {
                String what = model.file() + " user task " + task.getId();
                if (blank(task.getCamundaFormRef())) {
                    violations.add(what + ": no camunda:formRef");
                }
                if (!"deployment".equals(task.getCamundaFormRefBinding())) {
                    violations.add(what + ": formRefBinding is " + task.getCamundaFormRefBinding()
                            + ", not deployment");
                }
                if (blank(task.getCamundaCandidateGroups()) && blank(task.getCamundaAssignee())) {
                    violations.add(what + ": neither candidateGroups nor assignee");
                }
            }
            for (StartEvent start : model.bpmn().getModelElementsByType(StartEvent.class)) {
                if (!blank(start.getCamundaFormRef()) && !"deployment".equals(start.getCamundaFormRefBinding())) {
                    violations.add(model.file() + " start event " + start.getId() + ": formRefBinding is "
                            + start.getCamundaFormRefBinding() + ", not deployment");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /**
     * The engine makes a user task's documentation its description, shown in Tasklist: in Chinese, with
     * the rule that applies, and no expression (the engine would evaluate it).
     */
    @Test
    void everyUserTaskSaysInChineseWhatToDoAndWhichRuleApplies() {
        List<String> violations = new ArrayList<>();
        for (Model model : models) {
            for (UserTask task : model.bpmn().getModelElementsByType(UserTask.class)) {
                String what = model.file() + " user task " + task.getId();
                String text = task.getDocumentations().stream().map(Documentation::getTextContent)
                        .collect(Collectors.joining(" "));
                if (!HAN.matcher(text).find()) {
                    violations.add(what + ": no documentation in Chinese");
                } else if (!RULE_ID.matcher(text).find()) {
                    violations.add(what + ": documentation names no rule id (CP-, SL-, LV-, SW-, HO-, QA-, EM-, RP-)");
                }
                if (text.contains("${") || text.contains("#{")) {
                    violations.add(what + ": documentation contains an expression");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyExclusiveGatewayShowsItsMarker() {
        List<String> violations = new ArrayList<>();
        for (Model model : models) {
            for (BpmnShape shape : model.bpmn().getModelElementsByType(BpmnShape.class)) {
                if (shape.getBpmnElement() instanceof ExclusiveGateway gateway && !shape.isMarkerVisible()) {
                    violations.add(model.file() + " gateway " + gateway.getId() + ": isMarkerVisible is not true");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /**
     * Decision tables as business people read them in Camunda Modeler: an input of text values names
     * its allowed values, every rule keeps to them, and no column, input or output, is the same in
     * every rule (a value that never varies is configuration, not a decision).
     */
    @Test
    void everyDecisionTableDeclaresItsInputValuesAndHasNoColumnThatNeverVaries() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : files(PROCESSES, ".dmn")) {
            DmnModelInstance dmn = Dmn.readModelFromFile(file.toFile());
            for (DecisionTable table : dmn.getModelElementsByType(DecisionTable.class)) {
                List<Input> inputs = new ArrayList<>(table.getInputs());
                for (int column = 0; column < inputs.size(); column++) {
                    Input input = inputs.get(column);
                    String what = file + " input " + input.getId();
                    int index = column;
                    Set<String> entries = table.getRules().stream()
                            .map(rule -> new ArrayList<>(rule.getInputEntries()).get(index))
                            .map(entry -> entry.getText().getTextContent().trim())
                            .collect(Collectors.toCollection(TreeSet::new));
                    if (entries.size() < 2) {
                        violations.add(what + ": the same in every rule " + entries);
                    }
                    if (!"string".equals(input.getInputExpression().getTypeRef())) {
                        continue;
                    }
                    InputValues values = input.getInputValues();
                    if (values == null || values.getText() == null || blank(values.getText().getTextContent())) {
                        violations.add(what + ": no allowed values (inputValues)");
                        continue;
                    }
                    List<String> allowed = List.of(values.getText().getTextContent().trim().split("\\s*,\\s*"));
                    for (String entry : entries) {
                        if (!"-".equals(entry) && !allowed.containsAll(List.of(entry.split("\\s*,\\s*")))) {
                            violations.add(what + ": rule entry " + entry + " is not among " + allowed);
                        }
                    }
                }
                List<Output> outputs = new ArrayList<>(table.getOutputs());
                for (int column = 0; column < outputs.size() && table.getRules().size() > 1; column++) {
                    int index = column;
                    Set<String> entries = table.getRules().stream()
                            .map(rule -> new ArrayList<>(rule.getOutputEntries()).get(index))
                            .map(entry -> entry.getText().getTextContent().trim())
                            .collect(Collectors.toCollection(TreeSet::new));
                    if (entries.size() < 2) {
                        violations.add(file + " output " + outputs.get(column).getId() + ": the same in every rule " + entries);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyFormReferencedByAProcessIsAFileInForms() {
        List<String> violations = new ArrayList<>();
        for (Model model : models) {
            for (String formRef : formRefs(model.bpmn())) {
                if (!Files.isRegularFile(FORMS.resolve(formRef + ".form"))) {
                    violations.add(model.file() + ": formRef " + formRef + " has no " + FORMS.resolve(formRef + ".form"));
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyFormIsNamedByItsIdAndLabelsItsFieldsInChinese() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : files(FORMS, ".form")) {
            JsonNode form;
            try {
                form = JSON.readTree(file.toFile());
            } catch (IOException e) {
                violations.add(file + ": not valid JSON: " + e.getMessage());
                continue;
            }
            String expectedId = file.getFileName().toString().replaceFirst("\\.form$", "");
            if (!expectedId.equals(form.path("id").asText(null))) {
                violations.add(file + ": id is " + form.path("id") + ", not " + expectedId);
            }
            if (form.path("schemaVersion").asInt(-1) != 16) {
                violations.add(file + ": schemaVersion is " + form.path("schemaVersion") + ", not 16");
            }
            if (!form.path("components").isArray() || form.path("components").isEmpty()) {
                violations.add(file + ": no components");
            }
            checkLabels(file, form.path("components"), violations);
        }
        assertThat(violations).isEmpty();
    }

    /** Fields (components with a key), also inside groups and dynamic lists. */
    private static void checkLabels(Path file, JsonNode components, List<String> violations) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                String label = component.path("label").asText("");
                if (label.isBlank() || !HAN.matcher(label).find()) {
                    violations.add(file + ": field " + component.get("key").asText() + " has no Chinese label ("
                            + component.path("label") + ")");
                }
            }
            if (component.has("components")) {
                checkLabels(file, component.get("components"), violations);
            }
        }
    }

    static TreeSet<String> formRefs(BpmnModelInstance bpmn) {
        TreeSet<String> refs = new TreeSet<>();
        bpmn.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef)
                .filter(ref -> !blank(ref)).forEach(refs::add);
        bpmn.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
                .filter(ref -> !blank(ref)).forEach(refs::add);
        return refs;
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
