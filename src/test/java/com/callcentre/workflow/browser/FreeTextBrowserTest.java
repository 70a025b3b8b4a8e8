package com.callcentre.workflow.browser;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Free text renders as text (issue 11): a description with markdown and HTML shows in the
 * manager's Tasklist form as the characters the agent typed, never as a link or an image.
 */
@ApplicationTest
class FreeTextBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ComplaintFixture complaints;

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
    void markdownAndHtmlInADescriptionShowAsTyped() {
        String description = "[登录](http://evil.example) <img src=x> **粗体** www.evil.example # 标题 "
                + System.nanoTime();
        ProcessInstance ticket = complaints.register("agent1", with(billingComplaint(), "description", description));

        tasklist.login("manager1", "demo");
        tasklist.filter("我组待认领");
        tasklist.openTask("派发督办单", ticket.getBusinessKey());
        browser.waitForText("粗体");
        browser.screenshot("form-free-text-as-typed");

        assertThat(browser.text()).contains(description);
        assertThat(browser.driver().findElements(By.cssSelector("a[href*='evil']"))).as("no link").isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".fjs-form img"))).as("no image").isEmpty();
        assertThat(browser.driver().findElements(By.xpath("//strong[contains(., '粗体')]"))).as("no bold").isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
                .as("staff are not shown the Camunda 8 migration banner").allMatch(banner -> !banner.isDisplayed());
    }
}
