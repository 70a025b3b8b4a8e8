package com.callcentre.workflow.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * The gate reads what a caller put into Camunda's commands by field name: an engine upgrade that
 * renames one fails here, at once, not in production (where the gate would refuse the command).
 */
class CommandFieldsTest {

    @Test
    void theFieldsTheGateReadsAreWhereItLooks() {
        assertThat(CommandFields.read(new CompleteTaskCmd("t1", Map.of("a", 1)), "taskId")).isEqualTo("t1");
        assertThat(CommandFields.read(new CompleteTaskCmd("t1", Map.of("a", 1)), "variables")).isEqualTo(Map.of("a", 1));
        assertThat(CommandFields.read(new ResolveTaskCmd("t2", Map.of()), "taskId")).isEqualTo("t2");
        assertThat(CommandFields.read(new SubmitTaskFormCmd("t3", Variables.putValue("b", 2), false, false), "properties"))
                .isEqualTo(Map.of("b", 2));
        assertThat(CommandFields.read(new SubmitStartFormCmd("def", "key", Variables.putValue("c", 3)), "processDefinitionId"))
                .isEqualTo("def");
        assertThat(CommandFields.read(new ClaimTaskCmd("t4", "u"), "taskId")).isEqualTo("t4");
        ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl)
                ProcessInstantiationBuilderImpl.createProcessInstanceByKey(null, "leave-request");
        assertThat(CommandFields.read(new StartProcessInstanceCmd(builder), "instantiationBuilder")).isSameAs(builder);
    }

    @Test
    void aFieldThatIsNotThereFailsLoudly() {
        assertThatThrownBy(() -> CommandFields.read(new ClaimTaskCmd("t", "u"), "noSuchField"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("noSuchField");
    }
}
