package com.callcentre.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The started application has deployed what the project holds: every model and form file,
 * the process and decision with a history time to live, every form a process refers to in
 * the same deployment (formRefBinding deployment), and the demo profile's staff.
 */
@ApplicationTest
class ApplicationDeploymentTest {

    static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    RepositoryService repository;
    @Autowired
    IdentityService identity;

    @BeforeEach
    void asTheEngineItself() {
        identity.clearAuthentication();
    }

    @Test
    void everyModelAndFormFileOfTheProjectIsDeployedAsItIsOnDisk() throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(projectFiles(Paths.get("processes")));
        files.addAll(projectFiles(Paths.get("forms")));
        assertThat(files).as("files in processes/ and forms/").isNotEmpty();

        // resource name (as the engine stores it) -> deployment id; newest deployment wins
        Map<String, String> deployed = new HashMap<>();
        for (Deployment deployment : repository.createDeploymentQuery().orderByDeploymentTime().asc().list()) {
            for (String name : repository.getDeploymentResourceNames(deployment.getId())) {
                deployed.put(name, deployment.getId());
            }
        }

        List<String> missing = new ArrayList<>();
        for (Path file : files) {
            String expectedName = file.getParent().getFileName() + "/" + file.getFileName();
            String resourceName = deployed.keySet().stream()
                    .filter(name -> name.replace('\\', '/').equals(expectedName)
                            || name.replace('\\', '/').endsWith("/" + expectedName))
                    .findFirst().orElse(null);
            if (resourceName == null) {
                missing.add(expectedName + " is in no deployment (deployed: " + new TreeSet<>(deployed.keySet()) + ")");
                continue;
            }
            try (InputStream in = repository.getResourceAsStream(deployed.get(resourceName), resourceName)) {
                if (!java.util.Arrays.equals(in.readAllBytes(), Files.readAllBytes(file))) {
                    missing.add(expectedName + ": the newest deployed " + resourceName + " differs from the file");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void complaintHandlingAndItsRoutingDecisionAreDeployedWithHistoryTimeToLive() {
        ProcessDefinition process = repository.createProcessDefinitionQuery()
                .processDefinitionKey("complaint-handling").latestVersion().singleResult();
        assertThat(process).as("process definition complaint-handling").isNotNull();
        assertThat(process.getHistoryTimeToLive()).as("historyTimeToLive of complaint-handling").isNotNull().isPositive();
        assertThat(process.getVersionTag()).as("versionTag of complaint-handling").isNotBlank();

        DecisionDefinition decision = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey("complaint-routing").latestVersion().singleResult();
        assertThat(decision).as("decision definition complaint-routing").isNotNull();
        assertThat(decision.getHistoryTimeToLive()).as("historyTimeToLive of complaint-routing").isNotNull().isPositive();
        // decisionRefBinding="deployment": the decision must come with the process
        assertThat(decision.getDeploymentId()).isEqualTo(process.getDeploymentId());
    }

    @Test
    void everyFormReferencedByADeployedProcessIsACamundaFormOfTheSameDeployment() throws IOException {
        List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().latestVersion().list();
        assertThat(processes).extracting(ProcessDefinition::getKey).contains("complaint-handling");

        List<String> unresolved = new ArrayList<>();
        for (ProcessDefinition process : processes) {
            Map<String, String> formIds = formIdsOfDeployment(process.getDeploymentId());
            BpmnModelInstance bpmn = repository.getBpmnModelInstance(process.getId());
            Map<String, String> formRefs = new TreeMap<>();
            bpmn.getModelElementsByType(UserTask.class).stream()
                    .filter(task -> task.getCamundaFormRef() != null)
                    .forEach(task -> formRefs.put(task.getId(), task.getCamundaFormRef()));
            bpmn.getModelElementsByType(StartEvent.class).stream()
                    .filter(start -> start.getCamundaFormRef() != null)
                    .forEach(start -> formRefs.put(start.getId(), start.getCamundaFormRef()));
            if (process.getKey().equals("complaint-handling")) {
                assertThat(formRefs).as("formRefs of complaint-handling").containsKeys("complaintReceived", "dispatch");
            }
            formRefs.forEach((element, formRef) -> {
                if (!formIds.containsValue(formRef)) {
                    unresolved.add(process.getKey() + " " + element + ": formRef " + formRef
                            + " is no form of deployment " + process.getDeploymentId() + " (forms: " + formIds + ")");
                }
            });
        }
        assertThat(unresolved).isEmpty();
    }

    /** Form resource name -> the form's JSON id. */
    private Map<String, String> formIdsOfDeployment(String deploymentId) throws IOException {
        Map<String, String> ids = new TreeMap<>();
        for (String name : repository.getDeploymentResourceNames(deploymentId)) {
            if (name.endsWith(".form")) {
                try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
                    ids.put(name, JSON.readTree(in).path("id").asText(null));
                }
            }
        }
        return ids;
    }

    @ParameterizedTest(name = "{0} is in {1} and signs in with the demo password")
    @CsvSource({
            "agent1, agent",
            "handler1, complaint-handler",
            "manager1, complaint-manager",
            "leader1, duty-leader",
            "leader2, duty-leader",
            "director1, cs-director",
            "centerdirector1, center-director",
            "inspector1, quality-inspector",
            "network1, dept-network",
            "billing1, dept-billing",
            "business1, dept-business",
            "aftersales1, dept-aftersales",
            "vip1, dept-vip"})
    void demoStaffMemberExistsInTheirGroupWithTheDemoPassword(String userId, String groupId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        assertThat(user).as("user %s", userId).isNotNull();
        assertThat(identity.createGroupQuery().groupMember(userId).list())
                .extracting(Group::getId).as("groups of %s", userId).contains(groupId);

        Group group = identity.createGroupQuery().groupId(groupId).singleResult();
        assertThat(group.getName()).as("display name of group %s", groupId).isNotBlank().containsPattern(HAN);

        assertThat(identity.checkPassword(userId, "demo")).as("password demo of %s", userId).isTrue();
    }

    @Test
    void everyGroupOfTheCentreHasAChineseName() {
        List<Group> groups = identity.createGroupQuery().list();
        assertThat(groups).extracting(Group::getId).contains("agent", "dept-vip", "camunda-admin");
        assertThat(groups).filteredOn(g -> !g.getId().equals("camunda-admin"))
                .allSatisfy(g -> assertThat(g.getName()).as("name of group %s", g.getId()).containsPattern(HAN));
    }

    @Test
    void theAdministratorIsACamundaAdmin() {
        assertThat(identity.createUserQuery().userId("admin").singleResult()).as("user admin").isNotNull();
        assertThat(identity.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count()).isEqualTo(1);
    }

    private static List<Path> projectFiles(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            // hidden files (.gitkeep, .DS_Store) are not part of the project's models
            return list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }
}
