package com.callcentre.workflow.notification;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.escalation.SlaFixture;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CP-2: the first-contact owner is told of each change of their ticket that others make, by
 * mail through the outbox; not of their own work (the callback that archives it).
 */
@ApplicationTest
class OwnerUpdateMailTest {

    @Autowired
    ComplaintFixture fixture;
    @Autowired
    SlaFixture sla;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startOnMondayMorning() {
        sla.startOnMondayMorning();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theOwnerIsToldOfDispatchAnswerRejectionAndRedispatchButNotOfTheirOwnCallback() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        String ticketNo = pi.getBusinessKey();
        assertThat(toldOwner(ticketNo)).as("registering is the owner's own doing").isEmpty();

        sla.dispatch(pi, "billing");
        answer(ticketNo);
        fixture.complete("handler1", fixture.task(ticketNo, "reviewReceipt"),
                Map.of("receiptAccepted", false, "reviewComment", "缺少退费金额"));
        SlaFixture.at(java.time.Duration.ofMinutes(1));
        sla.dispatch(pi, "billing");
        answer(ticketNo);
        fixture.complete("handler1", fixture.task(ticketNo, "reviewReceipt"), Map.of("receiptAccepted", true));
        fixture.complete("agent1", fixture.task(ticketNo, "callback"),
                Map.of("callbackOutcome", "SATISFIED", "problemSolved", true));

        assertThat(toldOwner(ticketNo)).containsExactly(
                "【工单进展】" + ticketNo + " 已派往支撑部门处理",
                "【工单进展】" + ticketNo + " 部门已回单，待投诉处理员审核",
                "【工单进展】" + ticketNo + " 退回投诉管理员重新派单（部门退单、回单不合格或客户不满意重开）",
                "【工单进展】" + ticketNo + " 已派往支撑部门处理",
                "【工单进展】" + ticketNo + " 部门已回单，待投诉处理员审核");
    }

    @Test
    void theOwnerIsToldWhenTheDutyLeaderClosesTheirReferral() {
        java.util.Map<String, Object> body = new java.util.HashMap<>(billingComplaint());
        body.put("referral", "CANNOT_SOLVE");
        body.put("referralReason", "超出坐席权限");
        String ticketNo = fixture.register("agent1", body).getBusinessKey();
        fixture.complete("leader1", fixture.task(ticketNo, "leaderReferral"),
                Map.of("referralDecision", "SETTLED", "referralInstruction", "已向客户解释"));

        assertThat(toldOwner(ticketNo)).as("the referral is the owner's own doing; the close is not")
                .containsExactly("【工单进展】" + ticketNo + " 已结案归档");
    }

    private void answer(String ticketNo) {
        fixture.complete("billing1", fixture.task(ticketNo, "handleOrder"), Map.of("orderOutcome", "RESOLVED",
                "receipt", "已退费", "receiptCause", "重复计费", "receiptMeasures", "已修正"));
    }

    private List<String> toldOwner(String ticketNo) {
        return jdbc.sql("""
                select subject from mail_outbox where ticket_no = ? and recipient = 'agent1@callcentre.example'
                  and event like 'OWNER-%' order by id""").param(ticketNo).query(String.class).list();
    }
}
