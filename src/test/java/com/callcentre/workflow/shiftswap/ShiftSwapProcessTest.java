package com.callcentre.workflow.shiftswap;

import static com.callcentre.workflow.shiftswap.SwapFixture.decision;
import static com.callcentre.workflow.shiftswap.SwapFixture.request;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.ProcessKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path through {@code shift-swap} (SW-2, SW-9, SW-10), driven through the real engine as
 * the demo users: agent1 and agent2 share leader1; agent3's leader is leader2. The rules
 * themselves are tested over the API ({@link SwapApiTest}) and alone ({@link SwapRestTest}).
 */
@ApplicationTest
class ShiftSwapProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    SwapFixture fixture;
    @Autowired
    SwapRecords records;
    @Autowired
    ExchangeShifts exchangeShifts;
    @Autowired
    PlatformTransactionManager transactions;

    long mine;
    long theirs;

    @BeforeEach
    void setUp() {
        init(engine);
        mine = fixture.shift("agent1", "2031-03-04", ShiftType.DAY);
        theirs = fixture.shift("agent2", "2031-03-06", ShiftType.DAY);
    }

    @AfterEach
    void cleanUp() {
        fixture.cleanUp();
    }

    // --- SW-2: colleague first, then the duty leaders; SW-10: the record -----------------------

    @Test
    void colleagueAgreesTheSharedLeaderApprovesAndBothShiftsAreExchanged() {
        ProcessInstance pi = fixture.start("agent1", request(mine, "agent2", theirs));
        String requestId = pi.getBusinessKey();
        Assertions.assertThat(requestId).matches("HB\\d{8}-\\d{4,}");
        assertThat(pi).isWaitingAt("colleagueConsent").task().isAssignedTo("agent2");
        assertThat(pi).hasVariables("requesterName", "colleagueShiftText", "requesterSwapCount");
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult()
                .getDescription()).as("the model's documentation, shown in Tasklist").contains("SW-2");
        Assertions.assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "requesterShiftText"))
                .isEqualTo("2031-03-04（周二）白班 08:00-16:00");
        Assertions.assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "requesterSwapCount"))
                .startsWith("2031年3月 1 次");

        fixture.complete("agent2", fixture.task(pi, "colleagueConsent"), decision("agreed", true, null));
        List<Task> approvals = fixture.tasks(pi, "leaderApproval");
        Assertions.assertThat(approvals).extracting(Task::getAssignee).containsExactly("leader1");

        fixture.complete("leader1", approvals.get(0), decision("approved", true, "人员情况已核实"));
        assertThat(pi).isWaitingAt("exchangeShifts");
        fixture.runExchange(pi);

        assertThat(pi).hasPassed("registerSwap", "exchangeShifts").isEnded();
        assertThat(pi).hasPassed("swapApproved");
        Assertions.assertThat(fixture.employeeOf(mine)).isEqualTo("agent2");
        Assertions.assertThat(fixture.employeeOf(theirs)).isEqualTo("agent1");
        Assertions.assertThat(fixture.originOf(mine)).isEqualTo("SWAP");
        SwapRecord swap = records.find(requestId).orElseThrow();
        Assertions.assertThat(swap.status()).isEqualTo(SwapRecord.Status.APPROVED);
        Assertions.assertThat(swap.exchangedAt()).isNotNull();
        Assertions.assertThat(records.decisions(swap.id()))
                .extracting(SwapRecord.Decision::decidedBy, SwapRecord.Decision::role, SwapRecord.Decision::agreed,
                        SwapRecord.Decision::comment)
                .containsExactly(Assertions.tuple("agent2", SwapRecord.Role.COLLEAGUE, true, null),
                        Assertions.tuple("leader1", SwapRecord.Role.DUTY_LEADER, true, "人员情况已核实"));
    }

    @Test
    void eachEmployeesOwnLeaderApprovesWhenTheirLeadersDiffer() {
        long agent3Shift = fixture.shift("agent3", "2031-03-06", ShiftType.EVENING);
        ProcessInstance pi = fixture.start("agent1", request(mine, "agent3", agent3Shift));
        fixture.complete("agent3", fixture.task(pi, "colleagueConsent"), decision("agreed", true, "可以"));

        List<Task> approvals = fixture.tasks(pi, "leaderApproval");
        Assertions.assertThat(approvals).extracting(Task::getAssignee).containsExactly("leader1", "leader2");
        // A leader's answer does not prefill the other's form.
        fixture.complete("leader1", approvals.get(0), decision("approved", true, null));
        Assertions.assertThat(engine.getTaskService().getVariable(approvals.get(1).getId(), "approved")).isNull();
        assertThat(pi).isWaitingAt("leaderApproval");
        fixture.complete("leader2", approvals.get(1), decision("approved", true, null));
        fixture.runExchange(pi);

        assertThat(pi).hasPassed("swapApproved").isEnded();
        Assertions.assertThat(fixture.employeeOf(mine)).isEqualTo("agent3");
        Assertions.assertThat(fixture.employeeOf(agent3Shift)).isEqualTo("agent1");
    }

    @Test
    void onlyTheColleagueMayConsent() {
        ProcessInstance pi = fixture.start("agent1", request(mine, "agent2", theirs));

        assertThatThrownBy(() -> fixture.complete("agent3", fixture.task(pi, "colleagueConsent"),
                decision("agreed", true, null))).isInstanceOf(AuthorizationException.class);
        assertThat(pi).isWaitingAt("colleagueConsent");
    }

    @Test
    void colleagueWhoDeclinesMustSayWhyAndTheSwapIsRejected() {
        ProcessInstance pi = fixture.start("agent1", request(mine, "agent2", theirs));
        Task consent = fixture.task(pi, "colleagueConsent");

        assertThatThrownBy(() -> fixture.complete("agent2", consent, new HashMap<>()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("agreed");
        assertThatThrownBy(() -> fixture.complete("agent2", consent, decision("agreed", false, " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("comment");
        assertThat(pi).isWaitingAt("colleagueConsent");

        fixture.complete("agent2", consent, decision("agreed", false, "那天我也有事"));

        assertThat(pi).hasPassed("rejectSwap", "swapRejected").hasNotPassed("leaderApproval").isEnded();
        SwapRecord swap = records.find(pi.getBusinessKey()).orElseThrow();
        Assertions.assertThat(swap.status()).isEqualTo(SwapRecord.Status.REJECTED);
        Assertions.assertThat(records.decisions(swap.id())).singleElement()
                .satisfies(d -> Assertions.assertThat(d.comment()).isEqualTo("那天我也有事"));
        Assertions.assertThat(fixture.employeeOf(mine)).isEqualTo("agent1");
    }

    @Test
    void oneLeadersRejectionEndsTheOtherLeadersTaskAndNothingIsExchanged() {
        long agent3Shift = fixture.shift("agent3", "2031-03-06", ShiftType.EVENING);
        ProcessInstance pi = fixture.start("agent1", request(mine, "agent3", agent3Shift));
        fixture.complete("agent3", fixture.task(pi, "colleagueConsent"), decision("agreed", true, null));
        Task leader2 = fixture.tasks(pi, "leaderApproval").get(1);

        assertThatThrownBy(() -> fixture.complete("leader2", leader2, decision("approved", false, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("comment");
        assertThatThrownBy(() -> fixture.complete("leader2", leader2, new HashMap<>()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("approved");
        fixture.complete("leader2", leader2, decision("approved", false, "当天中班人手不足"));

        assertThat(pi).hasPassed("rejectSwap", "swapRejected").hasNotPassed("exchangeShifts").isEnded();
        Assertions.assertThat(fixture.tasks(pi, "leaderApproval")).isEmpty();
        SwapRecord swap = records.find(pi.getBusinessKey()).orElseThrow();
        Assertions.assertThat(swap.status()).isEqualTo(SwapRecord.Status.REJECTED);
        Assertions.assertThat(records.decisions(swap.id())).extracting(SwapRecord.Decision::decidedBy)
                .containsExactly("agent3", "leader2");
        Assertions.assertThat(fixture.employeeOf(agent3Shift)).isEqualTo("agent3");
    }

    // --- the exchange: the rules again, one transaction ---------------------------------------

    @Test
    void aRuleThatNowFailsRefusesTheExchangeWithTheRule() {
        ProcessInstance pi = approvedUpToTheExchange();
        // Meanwhile a duty leader rostered agent1 on the slot agent1 would take over.
        fixture.shift("agent1", "2031-03-06", ShiftType.DAY);

        fixture.runExchange(pi);

        assertThat(pi).hasPassed("swapRefused").hasNotPassed("swapApproved").isEnded();
        SwapRecord swap = records.find(pi.getBusinessKey()).orElseThrow();
        Assertions.assertThat(swap.status()).isEqualTo(SwapRecord.Status.REJECTED);
        Assertions.assertThat(swap.rejectedRule()).isEqualTo("SW-4");
        Assertions.assertThat(swap.exchangedAt()).isNull();
        Assertions.assertThat(fixture.employeeOf(mine)).isEqualTo("agent1");
        Assertions.assertThat(fixture.employeeOf(theirs)).isEqualTo("agent2");
    }

    @Test
    void sw11ACoverNeedsTheColleaguesConsentAndTheLeadersApprovalThenMovesTheOneShift() {
        ProcessInstance pi = fixture.start("agent1", SwapFixture.cover(mine, "agent2"));
        assertThat(pi).isWaitingAt("colleagueConsent").task().isAssignedTo("agent2");
        Assertions.assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "kindLabel")).isEqualTo("代班");
        Assertions.assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "colleagueShiftText"))
                .contains("代班");

        fixture.complete("agent2", fixture.task(pi, "colleagueConsent"), decision("agreed", true, null));
        fixture.complete("leader1", fixture.task(pi, "leaderApproval"), decision("approved", true, "已核实"));
        fixture.runExchange(pi);

        assertThat(pi).hasPassed("swapApproved").isEnded();
        Assertions.assertThat(fixture.employeeOf(mine)).isEqualTo("agent2");
        Assertions.assertThat(fixture.originOf(mine)).isEqualTo("SWAP");
        Assertions.assertThat(fixture.employeeOf(theirs)).as("nothing comes back").isEqualTo("agent2");
        SwapRecord swap = records.find(pi.getBusinessKey()).orElseThrow();
        Assertions.assertThat(swap.kind()).isEqualTo(SwapKind.COVER);
        Assertions.assertThat(swap.colleagueShift()).isNull();
        Assertions.assertThat(swap.status()).isEqualTo(SwapRecord.Status.APPROVED);
        Assertions.assertThat(records.decisions(swap.id())).extracting(SwapRecord.Decision::role)
                .containsExactly(SwapRecord.Role.COLLEAGUE, SwapRecord.Role.DUTY_LEADER);
    }

    @Test
    void sw11ACoverTheColleagueDeclinesMovesNothing() {
        ProcessInstance pi = fixture.start("agent1", SwapFixture.cover(mine, "agent2"));

        fixture.complete("agent2", fixture.task(pi, "colleagueConsent"), decision("agreed", false, "那天有事"));

        assertThat(pi).hasPassed("swapRejected").isEnded();
        Assertions.assertThat(fixture.employeeOf(mine)).isEqualTo("agent1");
        Assertions.assertThat(records.find(pi.getBusinessKey()).orElseThrow().status())
                .isEqualTo(SwapRecord.Status.REJECTED);
    }

    @Test
    void sw10AShiftThatHasBegunIsNotExchanged() {
        ProcessInstance pi = approvedUpToTheExchange();
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
                java.util.Date.from(java.time.OffsetDateTime.parse("2031-03-04T08:00+08:00").toInstant()));

        fixture.runExchange(pi);

        assertThat(pi).hasPassed("swapRefused").hasNotPassed("swapApproved").isEnded();
        SwapRecord swap = records.find(pi.getBusinessKey()).orElseThrow();
        Assertions.assertThat(swap.rejectedRule()).isEqualTo("SW-10");
        Assertions.assertThat(swap.rejectedReason()).contains("已开始");
        Assertions.assertThat(fixture.employeeOf(mine)).isEqualTo("agent1");
    }

    @Test
    void sw7LeaveAskedForMeanwhileOnEitherShiftRefusesTheExchange() {
        ProcessInstance pi = approvedUpToTheExchange();
        fixture.leave("QJTEST-0001", "agent2", "2031-03-04T08:00+08:00", "2031-03-04T16:00+08:00", "PENDING");

        fixture.runExchange(pi);

        assertThat(pi).hasPassed("swapRefused").isEnded();
        SwapRecord swap = records.find(pi.getBusinessKey()).orElseThrow();
        Assertions.assertThat(swap.rejectedRule()).isEqualTo("SW-7");
        Assertions.assertThat(fixture.employeeOf(theirs)).isEqualTo("agent2");
    }

    @Test
    void aShiftObtainedBySwapMeanwhileRefusesTheExchange() {
        ProcessInstance pi = approvedUpToTheExchange();
        fixture.markSwapped(theirs);

        fixture.runExchange(pi);

        assertThat(pi).hasPassed("swapRefused").isEnded();
        Assertions.assertThat(records.find(pi.getBusinessKey()).orElseThrow().rejectedRule()).isEqualTo("SW-4");
    }

    @Test
    void whenTheSecondUpdateFailsNothingOfTheExchangeRemains() {
        ProcessInstance pi = approvedUpToTheExchange();
        SwapRecord swap = records.find(pi.getBusinessKey()).orElseThrow();
        // The requester got a shift at the colleague's slot after the rules were checked.
        fixture.shift("agent1", "2031-03-06", ShiftType.DAY);

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> exchangeShifts.exchange(swap))).isInstanceOf(DuplicateKeyException.class);

        // The first update (agent1's shift to agent2) was rolled back with the second.
        Assertions.assertThat(fixture.employeeOf(mine)).isEqualTo("agent1");
        Assertions.assertThat(fixture.originOf(mine)).isEqualTo("ROSTER");
        Assertions.assertThat(fixture.employeeOf(theirs)).isEqualTo("agent2");
        Assertions.assertThat(records.find(swap.id()).orElseThrow().status()).isEqualTo(SwapRecord.Status.PENDING);
    }

    private ProcessInstance approvedUpToTheExchange() {
        ProcessInstance pi = fixture.start("agent1", request(mine, "agent2", theirs));
        fixture.complete("agent2", fixture.task(pi, "colleagueConsent"), decision("agreed", true, null));
        fixture.complete("leader1", fixture.task(pi, "leaderApproval"), decision("approved", true, null));
        assertThat(pi).isWaitingAt("exchangeShifts");
        return pi;
    }

    // --- the start form: the same checks, a refusal names the rule ----------------------------

    @Test
    void theStartFormNamesShiftsByDateAndType() {
        Map<String, Object> form = new HashMap<>();
        form.put("requesterShiftDate", "2031-03-04");
        form.put("requesterShiftType", "DAY");
        form.put("colleague", "agent2");
        form.put("colleagueShiftDate", "2031-03-06");
        form.put("colleagueShiftType", "DAY");
        form.put("reason", "需去医院复查");
        form.put("handoverNote", "回访名单已交接");

        ProcessInstance pi = fixture.start("agent1", form);

        assertThat(pi).isWaitingAt("colleagueConsent");
        Assertions.assertThat(engine.getRuntimeService().getVariable(pi.getId(), "requesterShift")).isEqualTo(mine);
        Assertions.assertThat(engine.getRuntimeService().getVariable(pi.getId(), "requesterShiftDate")).isNull();
    }

    @Test
    void aStartFormThatBreaksARuleIsRefusedNamingItAndNothingIsCreated() {
        Map<String, Object> form = request(mine, "agent2", theirs);
        form.put("handoverNote", "");

        assertThatThrownBy(() -> fixture.start("agent1", form)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("SW-6");
        Assertions.assertThat(fixture.swapCount()).isZero();
        Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.SHIFT_SWAP).count()).isZero();
    }

    @Test
    void aStartFormWithSomeoneElsesShiftNamesTheField() {
        assertThatThrownBy(() -> fixture.start("agent1", request(theirs, "agent2", mine)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("requesterShift")
                .hasMessageContaining("colleagueShift");
    }
}
