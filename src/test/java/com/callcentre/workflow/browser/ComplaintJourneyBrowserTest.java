package com.callcentre.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintService;
import com.callcentre.workflow.complaint.TicketView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A complaint's way through Tasklist in a real browser, as staff click it: the agent registers
 * it from the start form, the manager dispatches it, the billing liaison claims and answers it.
 */
@ApplicationTest
class ComplaintJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ComplaintService complaints;
    @Autowired
    com.callcentre.workflow.system.Departments departments;

    Browser browser;
    Tasklist tasklist;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open("http://localhost:" + port, "zh-CN");
        tasklist = new Tasklist(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void agentRegistersManagerDispatchesBillingAnswers() {
        String description = "话费多扣 30 元（浏览器测试 " + System.nanoTime() + "）";
        tasklist.login("agent1", "demo");
        browser.screenshot("tasklist-agent");
        tasklist.startProcess("投诉处理");
        tasklist.select("受理渠道", "热线来电");
        tasklist.select("问题类别", "计费账务");
        tasklist.select("客户等级", "金卡");
        tasklist.radio("来电类型", "投诉");
        tasklist.fill("客户姓名", "赵六");
        tasklist.fill("联系电话", "13700001111");
        tasklist.fill("问题描述", description);
        browser.screenshot("start-form-complaint-intake");
        tasklist.submitStartForm();

        String ticketNo = browser.until(d -> jdbc.sql("select ticket_no from ticket where description = ?")
                .param(description).query(String.class).optional().orElse(null));
        assertThat(ticket(ticketNo).status()).isEqualTo("AWAITING_DISPATCH");

        tasklist.login("manager1", "demo");
        tasklist.filter("我组待认领");
        tasklist.openTask("派发督办单", ticketNo);
        assertThat(browser.text()).as("the trail under the facts").contains("工单轨迹", "登记工单 · agent1");
        // The routing table proposes billing for a billing complaint and the VIP managers for a gold card.
        assertThat(tasklist.ticked("派单部门", "计费部")).isTrue();
        assertThat(tasklist.ticked("派单部门", "大客户经理部")).isTrue();
        assertThat(tasklist.ticked("派单部门", "网络维护部")).isFalse();
        // The options are centre.departments (valuesKey), the facts named from the intake form's options.
        departments.departments().forEach(d -> assertThat(tasklist.ticked("派单部门", d.name())).isNotNull());
        assertThat(browser.text()).contains("类别：计费账务", "受理渠道：热线来电", "客户等级：金卡", "类型：投诉");
        tasklist.show("派单部门");
        browser.screenshot("form-dispatch");
        tasklist.claim();
        tasklist.complete();
        assertThat(ticket(ticketNo).orders()).extracting(o -> o.department()).containsExactlyInAnyOrder("billing", "vip");

        tasklist.login("billing1", "demo");
        tasklist.filter("计费部督办单");
        assertThat(tasklist.taskList()).as("the columns of the filter").contains(ticketNo, "计费账务");
        browser.screenshot("tasklist-department-orders");
        tasklist.openTask("处理督办单并回单", ticketNo);
        assertThat(browser.text()).as("the department named from configuration").contains("本部门：计费部");
        assertThat(browser.text()).contains(ticketNo, description, "工单轨迹", "派发督办单 · manager1")
                .doesNotContain("13700001111");
        tasklist.claim();
        tasklist.radio("处理结果", "已处理，填写回单");
        tasklist.fill("回单：处理结果", "已退回多扣的 30 元到话费账户");
        tasklist.fill("回单：原因", "套餐变更当月按两个套餐重复计费");
        tasklist.fill("回单：措施", "已修正计费规则，同类账户一并核查");
        browser.screenshot("form-handle-order");
        tasklist.complete();

        TicketView answered = ticket(ticketNo);
        assertThat(answered.orders()).filteredOn(order -> order.department().equals("billing")).singleElement()
                .satisfies(order -> {
            assertThat(order.outcome()).isEqualTo("RESOLVED");
            assertThat(order.answeredBy()).isEqualTo("billing1");
        });
        // The VIP managers' order is still open; review waits for every department (CP-6).
        assertThat(answered.currentSteps()).extracting(TicketView.Step::key, TicketView.Step::department)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("handleOrder", "vip"));
    }

    @Test
    void anAgentIsRefusedCockpit() {
        Cockpit cockpit = new Cockpit(browser);
        cockpit.submitLogin("agent1", "demo");
        assertThat(cockpit.refused()).as("Cockpit refuses an agent at login").isTrue();
        browser.screenshot("cockpit-agent-refused");
        browser.go("/camunda/app/cockpit/default/#/dashboard");
        assertThat(browser.present(org.openqa.selenium.By.cssSelector("input[type=password]"),
                java.time.Duration.ofSeconds(10))).as("still only the login page").isTrue();
    }

    private TicketView ticket(String ticketNo) {
        return complaints.find(ticketNo).orElseThrow();
    }
}
