package com.callcentre.workflow.browser;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search page 工单查询 (issue 16) as an agent opens it after logging in to Tasklist: their
 * own tickets first, a ticket's whole view on a click, what a customer typed shown as typed.
 */
@ApplicationTest
class TicketSearchBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ComplaintFixture complaints;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open("http://localhost:" + port, "zh-CN");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAgentFindsTheirTicketAndReadsItsTrail() {
        Map<String, Object> body = new HashMap<>(billingComplaint());
        body.put("description", "<b>话费</b>多扣 58 元");
        String ticketNo = complaints.register("agent4", body).getBusinessKey();

        new Tasklist(browser).login("agent4", "demo");
        browser.go("/tickets/");
        browser.find(By.cssSelector("#results:not([hidden])"));
        browser.waitForText(ticketNo);
        browser.click(By.xpath("//tr[contains(@class,'pick')][td[1][normalize-space(.)='" + ticketNo + "']]"));
        browser.find(By.cssSelector("#ticket:not([hidden])"));

        assertThat(browser.find(By.id("description")).getText()).as("as typed, not as markup")
                .isEqualTo("<b>话费</b>多扣 58 元");
        assertThat(browser.find(By.id("trail")).getText()).contains("登记工单", "agent4");
        assertThat(browser.find(By.id("clocks")).getText()).contains("答复客户", "计时中");
        assertThat(browser.text()).doesNotContain("13800138000");
        browser.screenshot("ticket-search");
    }

    /** A liaison finds their department's ticket; its number is text with where to read it, not a row ending in a 403. */
    @Test
    void aLiaisonSeesTheNumberAsTextWithWhereToReadTheOrder() {
        String ticketNo = complaints.register("agent4", billingComplaint()).getBusinessKey();
        complaints.complete("manager1", complaints.task(ticketNo, "dispatch"), Map.of("departments",
                SpinValues.jsonValue(Spin.JSON(List.of("billing")).toString()).create()));

        new Tasklist(browser).login("billing1", "demo");
        browser.go("/tickets/?ticketNo=" + ticketNo);
        browser.find(By.cssSelector("#results:not([hidden])"));
        browser.waitForText("请在任务列表中查看该工单的部门工单");

        assertThat(browser.find(By.cssSelector("#items tbody tr td")).getText()).startsWith(ticketNo);
        assertThat(browser.present(By.cssSelector("#items tbody tr.pick"), Duration.ofMillis(500)))
                .as("no row to click").isFalse();
        assertThat(browser.find(By.id("status-line")).getText()).doesNotContain("点击工单查看详情");
        assertThat(browser.text()).doesNotContain("无权查看");
    }
}
