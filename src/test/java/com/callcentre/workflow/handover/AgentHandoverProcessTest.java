package com.callcentre.workflow.handover;

import static com.callcentre.workflow.handover.HandoverFixture.clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.ShownText;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through {@code agent-handover} (HO-1, HO-2, HO-5): at the end of their shift an agent
 * hands over the open tickets they own (CP-2) to a colleague they name, the same way the duty
 * leaders do: the note and the agent's signature, the colleague's confirmation face to face and
 * signature, or a refusal with its reason back to the agent.
 */
@ApplicationTest
class AgentHandoverProcessTest {

    private static final String AGENT1_HANDOVER = "JB20300813-DAY-agent1";

    @Autowired
    ProcessEngine engine;
    @Autowired
    HandoverFixture fixture;
    @Autowired
    Handovers handovers;

    @BeforeEach
    void setUp() {
        init(engine);
        fixture.rosterTheDay();
        fixture.rostered("agent1", ShiftType.DAY);
        clock("2030-08-13T10:00+08:00");
    }

    @AfterEach
    void cleanUp() {
        fixture.clean();
    }

    @Test
    void ho1AnAgentHandsOverTheTicketsTheyOwnAndTheColleagueRefusesThenConfirmsFaceToFace() {
        String ticket = fixture.openTicket("2030-08-14T14:00+08:00");
        clock("2030-08-13T15:50+08:00");

        ProcessInstance pi = fixture.handOverContacts("agent1", "agent2");

        assertThat(pi.getBusinessKey()).isEqualTo(AGENT1_HANDOVER);
        BpmnAwareTests.assertThat(pi).isWaitingAt("handOverContacts").task().isAssignedTo("agent1");
        Task handOver = fixture.task(pi, "handOverContacts");
        assertThat(handOver.getDescription()).contains("HO-1", "CP-2");
        assertThat(fixture.candidateGroups(handOver)).isEmpty();
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "snapshotText")).asString()
                .contains("#### 未结工单", "工单 " + ShownText.literal(ticket)).doesNotContain("值班日志");
        Handover opened = handovers.find(AGENT1_HANDOVER).orElseThrow();
        assertThat(opened.outgoing()).isEqualTo("agent1");
        assertThat(opened.incoming()).isEqualTo("agent2");
        assertThat(opened.items()).extracting(Handover.Item::ref).contains(ticket);

        fixture.complete("agent1", handOver, Map.of("handoverNote", "客户下午会回电"));
        BpmnAwareTests.assertThat(pi).isWaitingAt("takeOverContacts").task().isAssignedTo("agent2");
        fixture.complete("agent2", fixture.task(pi, "takeOverContacts"),
                Map.of("confirmation", "REFUSE", "refuseReason", "没有写明客户回电号码"));

        BpmnAwareTests.assertThat(pi).isWaitingAt("handOverContacts").task().isAssignedTo("agent1");
        assertThat(handovers.find(AGENT1_HANDOVER).orElseThrow().responsible()).as("HO-4").isEqualTo("agent1");
        fixture.complete("agent1", fixture.task(pi, "handOverContacts"), Map.of("handoverNote", "客户下午回电，号码见工单"));
        fixture.complete("agent2", fixture.task(pi, "takeOverContacts"),
                Map.of("confirmation", "ALL", "faceToFace", true));

        BpmnAwareTests.assertThat(pi).hasPassed("contactsTakenOver").isEnded();
        Handover taken = handovers.find(AGENT1_HANDOVER).orElseThrow();
        assertThat(taken.status()).isEqualTo(Handover.Status.TAKEN_OVER);
        assertThat(taken.outgoingSignedBy()).isEqualTo("agent1");
        assertThat(taken.incomingSignedBy()).isEqualTo("agent2");
        assertThat(taken.refusals()).isEqualTo(1);
        assertThat(taken.items()).filteredOn(i -> ticket.equals(i.ref()))
                .allSatisfy(i -> assertThat(i.confirmedBy()).isEqualTo("agent2"));
    }
}
