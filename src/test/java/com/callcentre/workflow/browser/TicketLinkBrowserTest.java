package com.callcentre.workflow.browser;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The form 关联/合并工单 on the search page (issue 16, CP-8) as a complaint manager uses it after logging in
 * to Tasklist: links two tickets and sees the link, reads a refusal of the API as text, merges a
 * duplicate only after confirming; an agent opening their own ticket sees no such form.
 */
@ApplicationTest
class TicketLinkBrowserTest {

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
    void aManagerLinksTwoTicketsFromThePageAndSeesTheLink() {
        String a = complaints.register("agent1", billingComplaint()).getBusinessKey();
        String b = complaints.register("agent1", billingComplaint()).getBusinessKey();

        new Tasklist(browser).login("manager1", "demo");
        openTicket(a);
        fillIn(b, "LINK", "<i>同一客户</i>重复来电");
        browser.click(By.cssSelector("#link-form button[type=submit]"));

        browser.until(d -> d.findElement(By.id("link-status")).getText().contains("已与 " + b + " 关联"));
        assertThat(browser.find(By.id("links")).getText()).as("the view reloaded with the link")
                .contains("关联工单", b, "manager1", "<i>同一客户</i>重复来电");
        browser.screenshot("ticket-link");

        fillIn(b, "LINK", "再关联一次");
        browser.click(By.cssSelector("#link-form button[type=submit]"));
        browser.until(d -> d.findElement(By.id("link-status")).getText().contains("已关联"));
        assertThat(browser.find(By.id("link-status")).getText()).as("the API's refusal, in Chinese")
                .startsWith("未能提交：").contains(a, b);
    }

    @Test
    void aManagerMergesADuplicateOnlyAfterConfirming() {
        String kept = complaints.register("agent1", billingComplaint()).getBusinessKey();
        Map<String, Object> otherPhone = new HashMap<>(billingComplaint());
        otherPhone.put("customerPhone", "13911112222");
        String duplicate = complaints.register("agent1", otherPhone).getBusinessKey();

        new Tasklist(browser).login("manager1", "demo");
        openTicket(duplicate);
        fillIn(kept, "MERGE", "同一问题重复登记");
        browser.click(By.cssSelector("#link-form button[type=submit]"));
        assertThat(browser.find(By.id("merge-question")).getText()).contains("确认把本工单 " + duplicate,
                "并入 " + kept, "不能撤销");
        browser.click(By.id("merge-yes"));
        browser.until(d -> d.findElement(By.id("link-status")).getText().contains("callerConfirmed"));
        assertThat(browser.find(By.id("facts")).getText()).as("the different caller's number stops it")
                .doesNotContain("已合并");

        browser.click(By.cssSelector("#caller-check input[name=callerConfirmed]"));
        browser.click(By.cssSelector("#link-form button[type=submit]"));
        browser.click(By.id("merge-yes"));

        browser.until(d -> d.findElement(By.id("link-status")).getText().contains("本工单已合并至 " + kept));
        assertThat(browser.find(By.id("facts")).getText()).contains("已合并");
        assertThat(browser.find(By.id("links")).getText()).contains("本工单已合并至", kept);
    }

    @Test
    void anAgentSeesNoLinkForm() {
        String ticketNo = complaints.register("agent4", billingComplaint()).getBusinessKey();

        new Tasklist(browser).login("agent4", "demo");
        openTicket(ticketNo);

        assertThat(browser.present(By.id("link-box"), Duration.ofSeconds(2))).isFalse();
        assertThat(browser.text()).doesNotContain("关联/合并工单");
    }

    private void openTicket(String ticketNo) {
        browser.go("/tickets/?ticketNo=" + ticketNo);
        browser.click(By.xpath("//tr[contains(@class,'pick')][td[1][normalize-space(.)='" + ticketNo + "']]"));
        browser.until(d -> d.findElement(By.id("ticket-title")).getText().contains(ticketNo));
    }

    private void fillIn(String other, String kind, String reason) {
        browser.find(By.id("otherTicketNo")).clear();
        browser.find(By.id("otherTicketNo")).sendKeys(other);
        browser.click(By.cssSelector("#link-form input[name=kind][value=" + kind + "]"));
        browser.find(By.id("linkReason")).clear();
        browser.find(By.id("linkReason")).sendKeys(reason);
    }
}
