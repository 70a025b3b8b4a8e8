package com.callcentre.workflow.complaint;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Upgrading the models (docs/operations.md): a new version of complaint-handling meets tickets
 * already under way. Tickets keep the version they started with and finish on it; new tickets
 * start on the new one; an administrator may migrate a waiting ticket onto it, and it goes on.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class ModelVersionsTest {

    static final String NEW_TAG = "9.9.9-upgrade-test";

    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture fixture;
    private String deploymentId;

    @BeforeEach
    void setUp() {
    }

    @AfterEach
    void removeTheNewVersion() {
        if (deploymentId != null) {
            engine.getRepositoryService().deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void ticketsUnderWayKeepTheirVersionNewOnesTakeTheNewAndAMigratedOneGoesOn() throws IOException {
        ProcessInstance underWay = fixture.register("agent1", billingComplaint());
        ProcessInstance toMigrate = fixture.register("agent1", billingComplaint());
        fixture.complete("manager1", fixture.task(underWay.getBusinessKey(), "dispatch"), departments("billing"));
        String before = underWay.getProcessDefinitionId();

        ProcessDefinition upgraded = deployNewVersion();
        ProcessInstance fresh = fixture.register("agent1", billingComplaint());

        assertThat(upgraded.getVersionTag()).isEqualTo(NEW_TAG);
        assertThat(fresh.getProcessDefinitionId()).as("new tickets start on the new version").isEqualTo(upgraded.getId());
        fixture.complete("billing1", fixture.task(underWay.getBusinessKey(), "handleOrder"),
                Map.of("orderOutcome", "RESOLVED", "receipt", "已退还", "receiptCause", "核实属实", "receiptMeasures", "已整改"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(underWay.getId())
                .singleResult().getProcessDefinitionId()).as("a ticket under way keeps its version").isEqualTo(before);
        assertThat(fixture.task(underWay.getBusinessKey(), "reviewReceipt")).isNotNull();

        MigrationPlan plan = engine.getRuntimeService().createMigrationPlan(before, upgraded.getId())
                .mapEqualActivities().build();
        engine.getRuntimeService().newMigration(plan).processInstanceIds(List.of(toMigrate.getId())).execute();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(toMigrate.getId())
                .singleResult().getProcessDefinitionId()).isEqualTo(upgraded.getId());
        fixture.complete("manager1", fixture.task(toMigrate.getBusinessKey(), "dispatch"), departments("billing"));
        assertThat(fixture.task(toMigrate.getBusinessKey(), "handleOrder")).as("the migrated ticket goes on").isNotNull();
    }

    /** The same model under a new version tag, with the tables and forms it binds to in its own deployment. */
    private ProcessDefinition deployNewVersion() throws IOException {
        PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
        String model = resources.getResource("classpath:processes/complaint-handling.bpmn")
                .getContentAsString(StandardCharsets.UTF_8).replaceFirst("camunda:versionTag=\"[^\"]*\"",
                        "camunda:versionTag=\"" + NEW_TAG + "\"");
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("upgrade-test")
                .addString("complaint-handling.bpmn", model);
        for (Resource table : resources.getResources("classpath*:processes/*.dmn")) {
            deployment.addString(table.getFilename(), table.getContentAsString(StandardCharsets.UTF_8));
        }
        for (Resource form : resources.getResources("classpath*:forms/*.form")) {
            deployment.addString(form.getFilename(), form.getContentAsString(StandardCharsets.UTF_8));
        }
        deploymentId = deployment.deploy().getId();
        return engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
    }

    private static Map<String, Object> departments(String... codes) {
        return Map.of("departments", SpinValues.jsonValue(Spin.JSON(List.of(codes)).toString()).create());
    }
}
