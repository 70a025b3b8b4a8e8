package com.callcentre.workflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The one list of the centre's timed steps matches the model it names (SL-1, SL-2). */
class CentreStepTest {

    @Test
    void eachCentreStepIsAUserTaskOfTheModelWithItsNameItsDueDateAndItsTimeout() {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/complaint-handling.bpmn"));
        for (CentreStep step : CentreStep.values()) {
            UserTask task = model.getModelElementById(step.taskKey());
            assertThat(task).as(step.taskKey()).isNotNull();
            assertThat(task.getName()).isEqualTo(step.taskName());
            String column = step.limitColumn();
            String due = "${centreClock.due(execution, '" + column.substring(0, column.length() - "Limit".length()) + "')}";
            assertThat(task.getCamundaDueDate()).isEqualTo(due);
            assertThat(task.getExtensionElements().getDomElement().getTextContent()).as("its timeout").contains(due);
        }
    }
}
