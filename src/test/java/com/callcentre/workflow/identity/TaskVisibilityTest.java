package com.callcentre.workflow.identity;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.Shown;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.leave.LeaveFixture;
import com.callcentre.workflow.shiftswap.SwapFixture;
import com.callcentre.workflow.staff.ShiftType;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who sees which task (docs/authorization.md), as the engine's authorizations decide it for the
 * demo users, in the Java API and over {@code /engine-rest}: a department its own orders only,
 * with no customer data and no other department's answer in what its task reveals; agents no
 * dispatch, order or approval; an approval only its approver.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class TaskVisibilityTest {

    private static final String FULL_PHONE = "13800138000";
    private static final String FULL_NAME = "张三";
    private static final String NETWORK_RECEIPT = "基站已修复，信号恢复正常";

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture fixture;
    @Autowired
    LeaveFixture leave;
    @Autowired
    SwapFixture swaps;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void aDepartmentSeesItsOwnOrderAndNothingOfAnothersNorOfTheInstance() throws Exception {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        dispatch(pi, "billing", "network");
        Task billing = order(pi, "billing");
        Task network = order(pi, "network");

        assertThat(visible("billing1", pi)).extracting(Task::getId).containsExactly(billing.getId());
        assertThatThrownBy(() -> fixture.as("billing1", () -> tasks().getVariables(network.getId())))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> fixture.as("billing1", () -> engine.getRuntimeService().getVariables(pi.getId())))
                .isInstanceOf(AuthorizationException.class);

        HttpResponse<String> own = api.get("/engine-rest/task/" + billing.getId() + "/variables", "billing1");
        HttpResponse<String> others = api.get("/engine-rest/task/" + network.getId() + "/variables", "billing1");
        HttpResponse<String> instance = api.get("/engine-rest/process-instance/" + pi.getId() + "/variables", "billing1");
        HttpResponse<String> query = api.get("/engine-rest/task?processInstanceBusinessKey=" + pi.getBusinessKey(),
                "billing1");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).as("CP-9: masked only").contains("138****8000").doesNotContain(FULL_PHONE, FULL_NAME);
        assertThat(others.statusCode()).as(others.body()).isEqualTo(403);
        assertThat(instance.statusCode()).as(instance.body()).isEqualTo(403);
        assertThat(ApiClient.JSON.readTree(query.body()).findValuesAsText("id")).containsExactly(billing.getId());
    }

    @Test
    void aRedispatchedDepartmentSeesNeitherTheCustomerNorTheOtherDepartmentsAnswer() throws Exception {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        dispatch(pi, "billing", "network");
        fixture.complete("network1", order(pi, "network"), Map.of("orderOutcome", "RESOLVED", "receipt", NETWORK_RECEIPT,
                "receiptCause", "核实属实", "receiptMeasures", "已整改"));
        fixture.complete("billing1", order(pi, "billing"),
                Map.of("orderOutcome", "SENT_BACK", "sendBackReason", "费用核对无误，非计费问题"));
        dispatch(pi, "billing"); // the manager insists: round 2, billing alone
        Task billing = order(pi, "billing");

        Map<String, Object> variables = fixture.as("billing1", () -> tasks().getVariables(billing.getId()));
        assertThat(variables).doesNotContainKeys("customerName", "customerPhone", "receipts", "previousRound")
                .containsEntry("customerPhoneMasked", "138****8000");
        assertThat(variables.values()).map(v -> String.valueOf(Shown.asTyped(v)))
                .noneMatch(v -> v.contains(FULL_PHONE) || v.contains(FULL_NAME) || v.contains(NETWORK_RECEIPT));
        assertThat(Shown.asTyped(variables.get("trailText"))).as("its own order's trail: its send-back, not network's answer")
                .contains("退单", "费用核对无误，非计费问题").doesNotContain(NETWORK_RECEIPT, "网络维护部");
        HttpResponse<String> rest = api.get("/engine-rest/task/" + billing.getId() + "/variables", "billing1");
        assertThat(rest.statusCode()).isEqualTo(200);
        assertThat(rest.body()).doesNotContain(FULL_PHONE, FULL_NAME, NETWORK_RECEIPT);
    }

    @Test
    void agentsSeeNoDispatchNoOrderAndNoApproval() {
        ProcessInstance waiting = fixture.register("agent1", billingComplaint());
        ProcessInstance dispatched = fixture.register("agent1", billingComplaint());
        dispatch(dispatched, "billing");
        ProcessInstance answered = fixture.register("agent1", billingComplaint());
        dispatch(answered, "billing");
        fixture.complete("billing1", order(answered, "billing"), Map.of("orderOutcome", "RESOLVED", "receipt", "已退费",
                "receiptCause", "核实属实", "receiptMeasures", "已整改"));
        assertThat(fixture.task(waiting.getBusinessKey(), "dispatch")).isNotNull();
        assertThat(order(dispatched, "billing")).isNotNull();
        assertThat(fixture.task(answered.getBusinessKey(), "reviewReceipt")).as("a review exists to be hidden").isNotNull();

        List<String> keys = fixture.as("agent2", () -> tasks().createTaskQuery()
                .taskDefinitionKeyIn("dispatch", "handleOrder", "reviewReceipt", "superviseLevel1",
                        "dutyLeaderApproval", "csDirectorApproval", "centerDirectorApproval", "leaderApproval")
                .list().stream().map(Task::getTaskDefinitionKey).toList());

        assertThat(keys).isEmpty();

        // CP-2: the owner follows their tickets' steps (我的工单), read only.
        List<String> followed = fixture.as("agent1", () -> tasks().createTaskQuery()
                .processInstanceBusinessKeyIn(waiting.getBusinessKey(), dispatched.getBusinessKey(),
                        answered.getBusinessKey())
                .taskInvolvedUser("agent1").list().stream().map(Task::getTaskDefinitionKey).toList());
        assertThat(followed).containsExactlyInAnyOrder("dispatch", "handleOrder", "reviewReceipt");
        Task order = order(dispatched, "billing");
        assertThatThrownBy(() -> fixture.as("agent1", () -> {
            tasks().claim(order.getId(), "agent1");
            return null;
        })).as("a follower neither claims").isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThatThrownBy(() -> fixture.as("agent1", () -> {
            tasks().complete(order.getId(), Map.of("orderOutcome", "SENT_BACK", "sendBackReason", "不归我们"));
            return null;
        })).as("nor completes").isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    }

    @Test
    void aLeaveApprovalIsSeenByItsApproverOnly() {
        leave.shift("agent1", LeaveFixture.TUESDAY, ShiftType.DAY);
        leave.shift("agent3", LeaveFixture.TUESDAY, ShiftType.DAY);
        LeaveFixture.clock(LeaveFixture.SUNDAY_10);
        try {
            String agent1 = leave.submit("agent1", tuesday("agent1")).getBusinessKey();
            String agent3 = leave.submit("agent3", tuesday("agent3")).getBusinessKey();
            Task byLeader1 = leave.task(agent1, "dutyLeaderApproval");
            Task byLeader2 = leave.task(agent3, "dutyLeaderApproval");

            assertThat(visibleIds("leader1")).contains(byLeader1.getId()).doesNotContain(byLeader2.getId());
            assertThat(visibleIds("leader2")).contains(byLeader2.getId()).doesNotContain(byLeader1.getId());
            assertThat(visibleIds("director1")).doesNotContain(byLeader1.getId(), byLeader2.getId());
            assertThat(visibleIds("agent2")).as("an agent sees no approval").doesNotContain(byLeader1.getId(),
                    byLeader2.getId());

            leave.complete("leader1", byLeader1, LeaveFixture.approve("同意"));
            Task byDirector = leave.task(agent1, "csDirectorApproval");
            assertThat(visibleIds("director1")).contains(byDirector.getId());
            for (String other : List.of("leader1", "leader2", "centerdirector1", "agent1", "manager1")) {
                assertThat(visibleIds(other)).as(other).doesNotContain(byDirector.getId());
            }
        } finally {
            leave.clean();
        }
    }

    @Test
    void aSwapApprovalIsSeenByEachEmployeesOwnLeaderOnly() {
        long mine = swaps.shift("agent1", "2031-03-04", ShiftType.DAY);
        long theirs = swaps.shift("agent3", "2031-03-06", ShiftType.EVENING);
        try {
            ProcessInstance pi = swaps.start("agent1", SwapFixture.request(mine, "agent3", theirs));
            assertThat(visibleIds("agent2")).as("the consent is the colleague's")
                    .doesNotContain(swaps.task(pi, "colleagueConsent").getId());
            swaps.complete("agent3", swaps.task(pi, "colleagueConsent"), SwapFixture.decision("agreed", true, null));
            List<Task> approvals = swaps.tasks(pi, "leaderApproval"); // by assignee: leader1, leader2

            assertThat(visibleIds("leader1")).contains(approvals.get(0).getId()).doesNotContain(approvals.get(1).getId());
            assertThat(visibleIds("leader2")).contains(approvals.get(1).getId()).doesNotContain(approvals.get(0).getId());
            assertThat(visibleIds("agent2")).as("an agent sees no approval")
                    .doesNotContain(approvals.get(0).getId(), approvals.get(1).getId());
        } finally {
            swaps.cleanUp();
        }
    }

    private static Map<String, Object> tuesday(String employee) {
        return LeaveFixture.request(employee, "PERSONAL", "2030-01-08T08:00+08:00", "2030-01-08T16:00+08:00");
    }

    private TaskService tasks() {
        return engine.getTaskService();
    }

    private void dispatch(ProcessInstance pi, String... departments) {
        fixture.complete("manager1", fixture.task(pi.getBusinessKey(), "dispatch"), Map.of("departments",
                SpinValues.jsonValue(Spin.JSON(List.of(departments)).toString()).create()));
    }

    private Task order(ProcessInstance pi, String department) {
        return fixture.tasks(pi.getBusinessKey(), "handleOrder").stream()
                .filter(t -> department.equals(tasks().getVariable(t.getId(), "department")))
                .findFirst().orElseThrow();
    }

    private List<Task> visible(String user, ProcessInstance pi) {
        return fixture.as(user, () -> tasks().createTaskQuery().processInstanceId(pi.getId()).list());
    }

    private List<String> visibleIds(String user) {
        return fixture.as(user, () -> tasks().createTaskQuery().list().stream().map(Task::getId).toList());
    }
}
