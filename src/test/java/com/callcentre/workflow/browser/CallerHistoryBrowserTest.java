package com.callcentre.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CP-3 in Tasklist's start form of 投诉处理 (issue 16): as the agent enters the caller's number, the
 * caller's earlier tickets show under it and 重复投诉的原工单号 is prefilled with the proposal
 * (scripts/caller-history.js); the agent registers it as a repeat, or clears it and it is none.
 */
@ApplicationTest
class CallerHistoryBrowserTest {

    private static final By PANEL = By.id("callcentre-caller-history");
    private static final By REPEAT_OF = By.xpath("//*[contains(@class,'fjs-form-field') and "
            + "./label[starts-with(normalize-space(.),'重复投诉的原工单号')]]//input");

    @LocalServerPort
    int port;
    @Autowired
    ComplaintFixture complaints;
    @Autowired
    JdbcClient jdbc;

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
    void theAgentSeesTheCallersTicketsAndRegistersTheProposedRepeat() {
        String phone = phone();
        String earlier = earlierTicket(phone);
        String description = "话费又多扣了（浏览器测试 " + System.nanoTime() + "）";

        tasklist.login("agent2", "demo");
        fillIntake(phone, description);
        browser.until(d -> d.findElement(PANEL).getText().contains(earlier));
        browser.until(d -> earlier.equals(d.findElement(REPEAT_OF).getAttribute("value")));
        assertThat(browser.find(PANEL).getText()).contains("来电客户近期工单", "计费账务", "建议为原工单", "未结");
        browser.screenshot("start-form-caller-history");
        tasklist.submitStartForm();

        assertThat(repeatOf(description)).isEqualTo(earlier);
    }

    @Test
    void aClearedProposalIsNoRepeat() {
        String phone = phone();
        String earlier = earlierTicket(phone);
        String description = "另一件事（浏览器测试 " + System.nanoTime() + "）";

        tasklist.login("agent2", "demo");
        fillIntake(phone, description);
        browser.until(d -> earlier.equals(d.findElement(REPEAT_OF).getAttribute("value")));
        browser.click(By.xpath("//*[@id='callcentre-caller-history']//button[normalize-space(.)='清除原工单号']"));
        browser.until(d -> d.findElement(REPEAT_OF).getAttribute("value").isEmpty());
        // The field shows the cleared value at once; form-js takes a typed value into the data it
        // submits a moment later (its input debounce). Submitting sooner would send the old one.
        pause(Duration.ofSeconds(1));
        tasklist.submitStartForm();

        assertThat(repeatOf(description)).isNull();
    }

    private void fillIntake(String phone, String description) {
        tasklist.startProcess("投诉处理");
        tasklist.select("受理渠道", "热线来电");
        tasklist.select("问题类别", "计费账务");
        tasklist.select("客户等级", "金卡");
        tasklist.radio("来电类型", "投诉");
        tasklist.fill("客户姓名", "赵六");
        tasklist.fill("问题描述", description);
        tasklist.fill("联系电话", phone);
    }

    private String earlierTicket(String phone) {
        Map<String, Object> body = new HashMap<>(ComplaintFixture.billingComplaint());
        body.put("customerPhone", phone);
        return complaints.register("agent1", body).getBusinessKey();
    }

    private String repeatOf(String description) {
        String ticketNo = browser.until(d -> jdbc.sql("select ticket_no from ticket where description = ?")
                .param(description).query(String.class).optional().orElse(null));
        return jdbc.sql("select repeat_of from ticket where ticket_no = ?").param(ticketNo).query(String.class)
                .optional().orElse(null);
    }

    private static String phone() {
        return "135" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
