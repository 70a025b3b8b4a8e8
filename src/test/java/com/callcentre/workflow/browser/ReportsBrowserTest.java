package com.callcentre.workflow.browser;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.escalation.SlaFixture;
import java.time.Duration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reports page (CP-8) as a manager opens it after logging in to Cockpit: the week's charts
 * drawn by Chart.js with the numbers beside them; an agent's session gets the refusal.
 */
@ApplicationTest
class ReportsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ComplaintFixture complaints;
    @Autowired
    SlaFixture sla;

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
    void aManagerSeesTheWeekAsChartsWithTheNumbersBeside() {
        ProcessInstance pi = complaints.register("agent1", billingComplaint());
        sla.dispatch(pi, "billing");

        new Cockpit(browser).login("manager1", "demo");
        browser.go("/reports/");
        browser.find(By.cssSelector("#report:not([hidden])"));
        browser.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('chart-orders'))"));
        assertThat(browser.find(By.id("table-orders")).getText()).contains("计费部");
        assertThat(browser.present(By.cssSelector("canvas#chart-breaches"), Duration.ofSeconds(5))).isTrue();
        browser.screenshot("reports-weekly");
    }

    @Test
    void anAgentIsToldTheReportsAreForManagersAndDirectors() {
        new Tasklist(browser).login("agent1", "demo");
        browser.go("/reports/");
        browser.waitForText("仅投诉管理员和主任可查看报表");
        assertThat(browser.driver().findElement(By.id("report")).isDisplayed()).isFalse();
    }
}
