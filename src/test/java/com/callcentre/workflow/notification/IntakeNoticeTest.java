package com.callcentre.workflow.notification;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.escalation.SlaFixture;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Told at intake (the model's 开单通知, issue 15): a major complaint reaches the duty leader on
 * duty, who also gets its supervision task, and the cs-director (CP-4); a VIP customer's reaches
 * their account managers (CP-12); an ordinary one nobody. Monday 2030-03-04 09:00, leader1 on
 * the day shift (SlaFixture).
 */
@ApplicationTest
class IntakeNoticeTest {

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
    void aMajorComplaintGoesToTheDutyLeaderOnDutyAndTheCsDirectorIsTold() {
        ProcessInstance pi = fixture.register("agent1", with(billingComplaint(), "major", true));

        assertThat(intakeMail(pi)).contains("leader1@callcentre.example", "director1@callcentre.example")
                .doesNotContain("leader2@callcentre.example", "vip@departments.example");
        Task supervision = fixture.task(pi.getBusinessKey(), "majorComplaintSupervision");
        assertThat(supervision.getAssignee()).as("the duty leader on duty, not only the group").isEqualTo("leader1");
        assertThat(fixture.candidateGroups(supervision)).containsExactly("duty-leader");
    }

    @Test
    void aVipCustomersComplaintIsToldToTheirAccountManagers() {
        ProcessInstance gold = fixture.register("agent1", with(billingComplaint(), "vipLevel", "GOLD"));
        ProcessInstance majorDiamond = fixture.register("agent1",
                with(with(billingComplaint(), "vipLevel", "DIAMOND"), "major", true));

        assertThat(intakeMail(gold)).containsExactly("vip@departments.example");
        assertThat(intakeMail(majorDiamond)).contains("vip@departments.example", "leader1@callcentre.example",
                "director1@callcentre.example");
        assertThat(subjects(gold)).singleElement().asString().contains(gold.getBusinessKey());
    }

    @Test
    void anOrdinaryComplaintIsToldToNobody() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());

        assertThat(intakeMail(pi)).isEmpty();
        assertThat(pi.isEnded()).isFalse();
    }

    private List<String> intakeMail(ProcessInstance pi) {
        return jdbc.sql("select recipient from mail_outbox where ticket_no = ? and event = 'INTAKE'")
                .param(pi.getBusinessKey()).query(String.class).list();
    }

    private List<String> subjects(ProcessInstance pi) {
        return jdbc.sql("select subject from mail_outbox where ticket_no = ? and event = 'INTAKE'")
                .param(pi.getBusinessKey()).query(String.class).list();
    }
}
