package com.callcentre.workflow.identity;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.escalation.SlaFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
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
 * The Tasklist filters of {@link TasklistFilters} as each user gets them: through the
 * FilterService, logged in as that user, with real tickets on the engine's clock (SlaFixture's
 * week: Monday 2030-03-04 09:00 in Shanghai). The filters list what other tests left too, so
 * each case asks whether its own tasks are in a filter, not how many there are.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class TasklistFiltersTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    FilterService filters;
    @Autowired
    ComplaintFixture fixture;
    @Autowired
    SlaFixture sla;
    @Autowired
    IdentitySetup setup;

    @BeforeEach
    void mondayMorning() {
        sla.startOnMondayMorning();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachUserSeesTheFiltersSharedWithTheirGroupsOnly() {
        List<String> everyone = List.of("我的任务", "我组待认领", "今日到期", "超时", "全部任务");

        assertThat(filterNames("billing1")).containsAll(everyone).contains("计费部督办单")
                .doesNotContain("网络维护部督办单", "升级给我的");
        assertThat(filterNames("network1")).contains("网络维护部督办单").doesNotContain("计费部督办单");
        assertThat(filterNames("leader1")).containsAll(everyone).contains("升级给我的")
                .doesNotContain("计费部督办单", "网络维护部督办单");
        assertThat(filterNames("director1")).contains("升级给我的").doesNotContain("每日审核");
        assertThat(filterNames("manager1")).containsAll(everyone).contains("每日审核").doesNotContain("升级给我的");
        assertThat(filterNames("agent1")).containsAll(everyone)
                .doesNotContain("升级给我的", "计费部督办单", "大客户经理部督办单", "每日审核");
        assertThat(filterNames("agent1")).as("the first release's 待办任务 is 全部任务 now, not a second list")
                .doesNotContain("待办任务");
    }

    @Test
    void myTasksAndMyGroupsUnclaimedTasksSplitAtTheClaim() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        Task dispatch = fixture.task(pi.getBusinessKey(), "dispatch");

        assertThat(ids("manager1", "我组待认领")).contains(dispatch.getId());
        assertThat(ids("manager1", "我的任务")).doesNotContain(dispatch.getId());
        assertThat(ids("handler1", "我组待认领")).as("not the handler's group").doesNotContain(dispatch.getId());

        fixture.as("manager1", () -> {
            engine.getTaskService().claim(dispatch.getId(), "manager1");
            return null;
        });

        assertThat(ids("manager1", "我的任务")).contains(dispatch.getId());
        assertThat(ids("manager1", "我组待认领")).doesNotContain(dispatch.getId());
        assertThat(ids("manager1", "全部任务")).contains(dispatch.getId());
    }

    @Test
    void dueTodayIsTheBusinessZonesDay() {
        // The suite's JVM runs in UTC (pom.xml): Camunda's dateTime() alone would be wrong here.
        assertThat(java.util.TimeZone.getDefault().getID()).isEqualTo("UTC");
        dueTodayInShanghai();
    }

    private void dueTodayInShanghai() {
        // Monday 19:00 in Shanghai: a major order is due at 23:00 today, a diamond one at 07:00 tomorrow
        // (Monday 23:00 in UTC: "today" on a server in UTC, not in Shanghai).
        SlaFixture.at(Duration.ofHours(10));
        Task major = sla.dispatch(fixture.register("agent1", with(billingComplaint(), "major", true)), "billing");
        Task diamond = sla.dispatch(fixture.register("agent1", with(billingComplaint(), "vipLevel", "DIAMOND")),
                "billing");
        assertThat(diamond.getDueDate()).isEqualTo(SlaFixture.hours(22));

        assertThat(ids("billing1", "今日到期")).contains(major.getId()).doesNotContain(diamond.getId());

        SlaFixture.at(Duration.ofHours(21)); // Tuesday 06:00: the diamond order is due today, the major one was yesterday
        assertThat(ids("billing1", "今日到期")).contains(diamond.getId()).doesNotContain(major.getId());
    }

    @Test
    void afterABreachTheDutyLeaderFindsTheSupervisionUnderOverdue() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        Task order = sla.dispatch(pi, "billing");
        SlaFixture.at(Duration.ofHours(48));
        sla.fire(pi, "breachTimer");
        Task supervision = fixture.task(pi.getBusinessKey(), "superviseLevel1");
        assertThat(supervision.getAssignee()).isEqualTo("leader1");
        assertThat(supervision.getDueDate()).as("due when the order was").isEqualTo(order.getDueDate());

        SlaFixture.at(Duration.ofHours(48).plusMinutes(1));

        assertThat(ids("leader1", "超时")).contains(supervision.getId());
        assertThat(ids("leader1", "升级给我的")).contains(supervision.getId());
        assertThat(ids("leader1", "今日到期")).contains(supervision.getId());
        assertThat(ids("billing1", "超时")).contains(order.getId()).doesNotContain(supervision.getId());
        assertThat(ids("agent2", "超时")).doesNotContain(order.getId(), supervision.getId());
        assertThat(ids("agent1", "我的工单")).as("CP-2: the owner follows where their ticket is")
                .contains(order.getId(), supervision.getId());
        assertThat(ids("leader1", "超时")).as("the leader supervises; the order is the department's")
                .doesNotContain(order.getId());
    }

    @Test
    void departmentFilterListsItsOwnOpenOrdersClaimedOrNot() {
        ProcessInstance pi = fixture.register("agent1", billingComplaint());
        fixture.complete("manager1", fixture.task(pi.getBusinessKey(), "dispatch"), Map.of("departments",
                SpinValues.jsonValue(Spin.JSON(List.of("billing", "network")).toString()).create()));
        Task billing = order(pi, "billing");
        Task network = order(pi, "network");

        assertThat(ids("billing1", "计费部督办单")).contains(billing.getId()).doesNotContain(network.getId());
        assertThat(ids("network1", "网络维护部督办单")).contains(network.getId()).doesNotContain(billing.getId());

        fixture.as("billing1", () -> {
            engine.getTaskService().claim(billing.getId(), "billing1");
            return null;
        });
        assertThat(ids("billing1", "计费部督办单")).contains(billing.getId());
        assertThat(ids("billing1", "我的任务")).contains(billing.getId());
        assertThat(ids("billing1", "我组待认领")).doesNotContain(billing.getId());
    }

    @Test
    void runningTheSetupAgainDoublesNoFilterAndNoGrant() {
        List<Filter> before = filters.createFilterQuery().list();
        long grants = engine.getAuthorizationService().createAuthorizationQuery().count();

        setup.postProcessEngineBuild(engine);
        setup.postProcessEngineBuild(engine);

        List<Filter> after = filters.createFilterQuery().list();
        assertThat(after).extracting(Filter::getName).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(before.stream().map(Filter::getName).toList());
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(grants);
        FilterEntity overdueBefore = (FilterEntity) before.stream().filter(f -> f.getName().equals("超时"))
                .findFirst().orElseThrow();
        assertThat(((FilterEntity) named("超时")).getRevision()).as("an unchanged filter is not saved again")
                .isEqualTo(overdueBefore.getRevision());
    }

    @Test
    void theFirstReleasesFilterIsRenamedInPlaceAndAStrayGroupLosesIt() {
        Filter all = named("全部任务");
        String id = all.getId();
        all.setName("待办任务");
        filters.saveFilter(all);
        Authorization stray = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        stray.setGroupId("camunda-admin-guests");
        stray.setResource(Resources.FILTER);
        stray.setResourceId(id);
        stray.addPermission(Permissions.READ);
        engine.getAuthorizationService().saveAuthorization(stray);

        setup.postProcessEngineBuild(engine);

        assertThat(named("全部任务").getId()).isEqualTo(id);
        assertThat(filters.createFilterQuery().filterName("待办任务").count()).isZero();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(id).groupIdIn("camunda-admin-guests").count()).isZero();
        assertThat(filterNames("agent1")).contains("全部任务");
    }

    private Task order(ProcessInstance pi, String department) {
        return fixture.tasks(pi.getBusinessKey(), "handleOrder").stream()
                .filter(t -> department.equals(engine.getTaskService().getVariable(t.getId(), "department")))
                .findFirst().orElseThrow();
    }

    private Filter named(String name) {
        return filters.createFilterQuery().filterName(name).singleResult();
    }

    private List<String> filterNames(String user) {
        return fixture.as(user, () -> filters.createFilterQuery().list().stream().map(Filter::getName).toList());
    }

    /** The ids of the tasks the filter lists for the user, as Tasklist asks for them. */
    private List<String> ids(String user, String filterName) {
        String id = named(filterName).getId();
        return fixture.as(user, () -> filters.<Task>list(id).stream().map(Task::getId).toList());
    }
}
