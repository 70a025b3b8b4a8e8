package com.callcentre.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * A ticket under way on the previous released version of complaint-handling (1.1.0, kept in the
 * test resources as it was deployed) may be migrated onto the current one with a plan of equal
 * activities (docs/operations.md): every place where such a ticket can wait or hold a scope is in
 * the current model under the same id and of the same kind.
 */
class ModelContinuityTest {

    @Test
    void everyPlaceATicketOn110CanWaitIsInTheCurrentModelWithTheSameIdAndKind() throws Exception {
        Map<String, String> previous = waitingPlaces(read("/models/complaint-handling-1.1.0.bpmn"));
        Map<String, String> current = waitingPlaces(read("/processes/complaint-handling.bpmn"));

        assertThat(process(read("/models/complaint-handling-1.1.0.bpmn")).getCamundaVersionTag()).isEqualTo("1.1.0");
        assertThat(process(read("/processes/complaint-handling.bpmn")).getCamundaVersionTag()).isNotEqualTo("1.1.0");
        assertThat(previous).as("the scan finds the waits").containsKeys("dispatch", "handleOrder", "reviewReceipt",
                "callback");
        List<String> lost = new ArrayList<>();
        previous.forEach((id, kind) -> {
            if (!kind.equals(current.get(id))) {
                lost.add(id + " (" + kind + " in 1.1.0, " + current.get(id) + " now)");
            }
        });
        assertThat(lost).as("waiting places of 1.1.0 missing or changed in the current model").isEmpty();
    }

    /** Activities (tasks, sub-processes: scopes a token can be in), catch events, event-based gateways. */
    private static Map<String, String> waitingPlaces(BpmnModelInstance model) {
        Map<String, String> places = new TreeMap<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (node instanceof Activity || node instanceof IntermediateCatchEvent || node instanceof BoundaryEvent
                    || node instanceof EventBasedGateway) {
                places.put(node.getId(), node.getElementType().getTypeName());
            }
        }
        return places;
    }

    private static Process process(BpmnModelInstance model) {
        return model.getModelElementsByType(Process.class).iterator().next();
    }

    private static BpmnModelInstance read(String resource) throws Exception {
        try (InputStream in = ModelContinuityTest.class.getResourceAsStream(resource)) {
            return Bpmn.readModelFromStream(in);
        }
    }
}
