package com.callcentre.workflow.complaint;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.Shown;
import com.callcentre.workflow.escalation.SlaFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The trail at the top of each complaint form (task-local {@code trailText}): the steps so far,
 * in the business zone and in Chinese, so the reviewer decides without another screen; a
 * department's form shows only its own order's part.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class TrailTextTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture fixture;
    @Autowired
    SlaFixture sla;

    @BeforeEach
    void mondayMorning() {
        sla.startOnMondayMorning(); // 2030-03-04 09:00 in Shanghai
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theReviewerSeesWhatEachDepartmentAnsweredAndWhen() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        assertThat(trail(fixture.task(pi.getBusinessKey(), "dispatch")))
                .isEqualTo("- 2030-03-04 09:00 · 登记工单 · agent1 · 投诉 · 热线来电 / 计费账务");
        fixture.complete("manager1", fixture.task(pi.getBusinessKey(), "dispatch"), Map.of("departments",
                SpinValues.jsonValue(Spin.JSON(List.of("billing", "network")).toString()).create()));
        SlaFixture.at(Duration.ofMinutes(90));
        fixture.complete("network1", order(pi, "network"), Map.of("orderOutcome", "RESOLVED",
                "receipt", "基站已修复，\n信号恢复正常", "receiptCause", "核实属实", "receiptMeasures", "已整改"));
        SlaFixture.at(Duration.ofHours(5));
        fixture.complete("billing1", order(pi, "billing"), Map.of("orderOutcome", "RESOLVED",
                "receipt", "已核实多扣费用，已退还 58 元", "receiptCause", "核实属实", "receiptMeasures", "已整改"));

        String trail = trail(fixture.task(pi.getBusinessKey(), "reviewReceipt"));

        assertThat(trail.lines()).containsExactly(
                "- 2030-03-04 09:00 · 登记工单 · agent1 · 投诉 · 热线来电 / 计费账务",
                "- 2030-03-04 09:00 · 派发督办单 · manager1 · 完成 · 计费部、网络维护部",
                "- 2030-03-04 10:30 · 受理督办单 · network1 · 按时受理 · 网络维护部",
                "- 2030-03-04 10:30 · 处理督办单并回单 · network1 · 已回单 · 网络维护部：基站已修复， 信号恢复正常；原因 核实属实；措施 已整改",
                "- 2030-03-04 14:00 · 受理督办单 · billing1 · 超时受理 · 计费部：超过受理时限 2030年3月4日 13:00",
                "- 2030-03-04 14:00 · 处理督办单并回单 · billing1 · 已回单 · 计费部：已核实多扣费用，已退还 58 元；原因 核实属实；措施 已整改");
    }

    @Test
    void aDepartmentsFormShowsItsOwnOrderOnly() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        fixture.complete("manager1", fixture.task(pi.getBusinessKey(), "dispatch"), Map.of("departments",
                SpinValues.jsonValue(Spin.JSON(List.of("billing", "network")).toString()).create()));
        fixture.complete("billing1", order(pi, "billing"), Map.of("orderOutcome", "RESOLVED",
                "receipt", "已核实多扣费用，已退还 58 元", "receiptCause", "核实属实", "receiptMeasures", "已整改"));
        fixture.complete("network1", order(pi, "network"), Map.of("orderOutcome", "NEED_INFO",
                "infoRequest", "请提供故障发生的小区名称"));
        fixture.complete("agent1", fixture.task(pi.getBusinessKey(), "requestCustomerInfo"),
                Map.of("customerInfo", "阳光小区 3 号楼"));

        // Network's order comes back from the customer: a new task, created after billing answered.
        String trail = trail(order(pi, "network"));

        assertThat(trail).contains("登记工单", "派发督办单 · manager1 · 完成",
                "需客户补充信息 · 网络维护部：请提供故障发生的小区名称", "阳光小区 3 号楼");
        assertThat(trail).as("nothing of billing's order, not even that billing got one")
                .doesNotContain("计费部", "已退还 58 元");
    }

    private String trail(Task task) {
        return Shown.asTyped(engine.getTaskService().getVariableLocal(task.getId(), TrailText.VARIABLE));
    }

    private Task order(ProcessInstance pi, String department) {
        return fixture.tasks(pi.getBusinessKey(), "handleOrder").stream()
                .filter(t -> department.equals(engine.getTaskService().getVariable(t.getId(), "department")))
                .findFirst().orElseThrow();
    }
}
