package com.callcentre.workflow.escalation;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static com.callcentre.workflow.escalation.SlaFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.system.ShownText;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SL-3 (issue 15): a supervisor's instruction on an overdue order reaches the department: on its
 * open order's form at once, as typed (never as markup), and by e-mail. Monday 2030-03-04 09:00
 * (SlaFixture), an ordinary billing complaint due in 48 hours.
 */
@ApplicationTest
class SupervisionInstructionProcessTest {

    private static final String INSTRUCTION = "请今日 18:00 前回单，<b>核实</b>扣费记录";

    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture fixture;
    @Autowired
    SlaFixture sla;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void mondayMorning() {
        sla.startOnMondayMorning();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theDutyLeadersInstructionIsOnTheOpenOrderAtOnceAndMailedToTheDepartment() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        Task order = sla.dispatch(pi, "billing");
        assertThat(shown(order)).as("no instruction yet").isNull();
        at(Duration.ofHours(48));
        sla.fire(pi, "breachTimer");

        at(Duration.ofHours(49));
        fixture.complete("leader1", fixture.task(pi.getBusinessKey(), "superviseLevel1"),
                Map.of("supervisionInstruction", INSTRUCTION));

        assertThat(shown(order)).as("the order task created two days ago shows it now, as typed")
                .isEqualTo(ShownText.literal(INSTRUCTION));
        assertThat(fixture.task(pi.getBusinessKey(), "handleOrder").getPriority())
                .as("sorted above its peers in Tasklist").isGreaterThan(order.getPriority());
        assertThat(jdbc.sql("select recipient from mail_outbox where ticket_no = ? and event = 'INSTRUCTION-1'")
                .param(pi.getBusinessKey()).query(String.class).list()).containsExactly("billing@departments.example");
    }

    @Test
    void aSecondLevelsInstructionReplacesTheFirstOnTheForm() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        Task order = sla.dispatch(pi, "billing");
        at(Duration.ofHours(48));
        sla.fire(pi, "breachTimer");
        fixture.complete("leader1", fixture.task(pi.getBusinessKey(), "superviseLevel1"),
                Map.of("supervisionInstruction", "请尽快回单"));
        at(Duration.ofHours(60));
        sla.fire(pi, "level2Timer");
        fixture.complete("director1", fixture.task(pi.getBusinessKey(), "superviseLevel2"),
                Map.of("supervisionInstruction", "部门负责人今晚前亲自回复"));

        assertThat(shown(order)).isEqualTo("部门负责人今晚前亲自回复");
        List<String> events = jdbc.sql("select event from mail_outbox where ticket_no = ? and event like 'INSTRUCTION%'")
                .param(pi.getBusinessKey()).query(String.class).list();
        assertThat(events).containsExactlyInAnyOrder("INSTRUCTION-1", "INSTRUCTION-2");
    }

    private Object shown(Task order) {
        return engine.getTaskService().getVariableLocal(order.getId(), SupervisionInstructions.SHOWN);
    }
}
