package com.callcentre.workflow.browser;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's webapps in our zh-CN locale (issue 7), as a browser in a Chinese locale shows them:
 * the login page, Tasklist with its filters and an open task form, Cockpit's dashboard with the
 * SLA plugin. A browser asking for English still gets English.
 */
@ApplicationTest
class ChineseWebappsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ComplaintFixture complaints;

    @Test
    void staffSeeLoginTasklistAndCockpitInChinese() {
        ProcessInstance pi = complaints.register("agent1", billingComplaint());
        try (Browser browser = Browser.open("http://localhost:" + port, "zh-CN")) {
            browser.forgetLogins();
            browser.go("/camunda/app/tasklist/default/");
            browser.waitForText("登录");
            assertThat(browser.find(By.cssSelector("input[ng-model=username]")).getAttribute("placeholder"))
                    .isEqualTo("用户名");
            browser.screenshot("zh-login");

            Tasklist tasklist = new Tasklist(browser).login("manager1", "demo");
            tasklist.filter("我组待认领");
            tasklist.openTask("派发督办单", pi.getBusinessKey());
            assertThat(browser.text()).contains("发起流程", "认领", "我的任务", "超时", "日期和时间按本地时区显示")
                    .doesNotContain("Start process", "Claim", "Keyboard Shortcuts");
            browser.screenshot("zh-tasklist");

            new Cockpit(browser).login("manager1", "demo");
            browser.waitForText("SLA 监控");
            assertThat(browser.text()).contains("流程定义").doesNotContain("Process Definitions", "Running Process Instances");
            browser.screenshot("zh-cockpit-dashboard");
            browser.scrollTo(By.xpath("//*[normalize-space(text())='SLA 监控']"));
            browser.screenshot("zh-cockpit-sla");
        }
    }

    @Test
    void aBrowserAskingForALanguageWeDoNotOfferGetsChinese() {
        try (Browser browser = Browser.open("http://localhost:" + port, "fr-FR")) {
            browser.forgetLogins();
            browser.go("/camunda/app/tasklist/default/");
            browser.waitForText("登录");
            assertThat(browser.find(By.cssSelector("input[ng-model=username]")).getAttribute("placeholder"))
                    .isEqualTo("用户名");
        }
    }

    @Test
    void aBrowserAskingForEnglishGetsEnglish() {
        try (Browser browser = Browser.open("http://localhost:" + port, "en-US")) {
            browser.forgetLogins();
            browser.go("/camunda/app/tasklist/default/");
            browser.waitForText("Log in");
            assertThat(browser.find(By.cssSelector("input[ng-model=username]")).getAttribute("placeholder"))
                    .isEqualTo("Username");
        }
    }
}
