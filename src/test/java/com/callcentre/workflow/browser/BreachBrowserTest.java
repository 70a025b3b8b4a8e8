package com.callcentre.workflow.browser;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.escalation.SlaFixture;
import com.callcentre.workflow.staff.JobType;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.ShiftType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A breached order as the people in charge see it in the browser (SL-2, SL-3): the duty leader
 * on duty finds the supervision under 超时 in Tasklist, the manager sees the order in Cockpit's
 * SLA 监控 and the ticket's trail on the process instance.
 * <p>
 * The ticket is registered 51 hours in the past (engine clock moved back), so that its order is
 * 3 hours overdue by the real clock, which the browser shows too.
 */
@ApplicationTest
class BreachBrowserTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    ComplaintFixture complaints;
    @Autowired
    SlaFixture sla;
    @Autowired
    Roster roster;

    /** Monday 23 November 2026, 11:00 in Shanghai: the day shift. */
    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open("http://localhost:" + port, "zh-CN");
    }

    @AfterEach
    void closeBrowser() {
        ClockUtil.reset();
        browser.close();
    }

    @Test
    void theDutyLeaderFindsTheBreachUnderOverdueAndTheManagerSeesItInCockpit() {
        // The engine's clock stands still at a fixed moment mid-shift: the duty leader on duty cannot
        // change under the test, whatever the wall clock says (the browser's sessions keep real time).
        Instant now = NOW;
        String leader = leaderOnDuty(now);
        ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofHours(51))));
        ProcessInstance pi = complaints.register("agent1", billingComplaint());
        sla.dispatch(pi, "billing");
        ClockUtil.setCurrentTime(Date.from(now));
        sla.fire(pi, "reminderTimer");
        sla.fire(pi, "breachTimer");
        String ticketNo = pi.getBusinessKey();
        Task supervision = complaints.task(ticketNo, "superviseLevel1");
        assertThat(supervision.getAssignee()).as("the duty leader on duty").isEqualTo(leader);

        Tasklist tasklist = new Tasklist(browser);
        tasklist.login(leader, "demo");
        tasklist.filter("超时");
        assertThat(tasklist.taskList()).contains("值班长督办超时督办单", ticketNo);
        tasklist.openTask("值班长督办超时督办单", ticketNo);
        assertThat(browser.text()).contains(ticketNo, "计费部");
        browser.screenshot("tasklist-overdue-duty-leader");

        new Cockpit(browser).login("manager1", "demo");
        browser.waitForText("SLA 监控");
        browser.waitForText(ticketNo);
        browser.scrollTo(By.xpath("//*[normalize-space(text())='SLA 监控']"));
        browser.screenshot("cockpit-sla-monitor");
        browser.click(By.xpath("//a[contains(@href,'" + pi.getId() + "')]"));
        browser.click(By.xpath("//*[self::a or self::li or self::button][normalize-space(.)='工单轨迹']"));
        browser.waitForText("值班长督办");
        browser.screenshot("cockpit-ticket-trail");
    }

    /** The duty leader on duty then by the roster, rostering leader1 on that day shift if nobody is. */
    private String leaderOnDuty(Instant now) {
        var onDuty = roster.onDutyAt(now, JobType.DUTY_LEADER);
        if (!onDuty.isEmpty()) {
            return onDuty.get(0).userId();
        }
        ZonedDateTime local = now.atZone(SHANGHAI);
        roster.addShift("leader1", local.toLocalDate(), ShiftType.DAY);
        return "leader1";
    }
}
