package com.callcentre.workflow.leave;

import static com.callcentre.workflow.Bodies.with;
import static com.callcentre.workflow.leave.LeaveFixture.SUNDAY_10;
import static com.callcentre.workflow.leave.LeaveFixture.TUESDAY;
import static com.callcentre.workflow.leave.LeaveFixture.approve;
import static com.callcentre.workflow.leave.LeaveFixture.at;
import static com.callcentre.workflow.leave.LeaveFixture.reject;
import static com.callcentre.workflow.leave.LeaveFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.JobType;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.ProcessKeys;
import com.callcentre.workflow.system.RuleRefusal;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code leave-request} through the engine as the demo users: the approval chain for each length
 * and type (LV-3), rejections at every level, exceptions to confirm (LV-2, LV-6, LV-7), the
 * sick-leave certificate (LV-5), the Tasklist start form, and approved leave on the roster.
 */
@ApplicationTest
class LeaveRequestProcessTest {

    @Autowired
    LeaveFixture fixture;
    @Autowired
    LeaveBook book;
    @Autowired
    Roster roster;
    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService history;

    @BeforeEach
    void rosterAndClock() {
        fixture.shift("agent1", TUESDAY, ShiftType.DAY);
        fixture.shift("agent2", TUESDAY, ShiftType.DAY);
        fixture.shift("agent3", TUESDAY, ShiftType.DAY);
        fixture.shift("agent1", TUESDAY.plusDays(1), ShiftType.DAY);
        LeaveFixture.clock(SUNDAY_10);
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    /** Personal leave for Tuesday's DAY shift, asked for by agent1 on Sunday. */
    static Map<String, Object> tuesday(String type) {
        return request("agent1", type, "2030-01-08T08:00+08:00", "2030-01-08T16:00+08:00");
    }

    private LeaveBook.LeaveRecord record(ProcessInstance pi) {
        return book.find(pi.getBusinessKey()).orElseThrow();
    }

    private List<String> endedAt(ProcessInstance pi) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).activityType("noneEndEvent")
                .list().stream().map(HistoricActivityInstance::getActivityId).toList();
    }

    @Test
    void oneDayGoesFromTheOwnDutyLeaderToTheCsDirectorWhoDecides() {
        // Exactly 24 hours: not more than one day (LV-3).
        ProcessInstance pi = fixture.submit("agent1",
                request("agent1", "PERSONAL", "2030-01-08T08:00+08:00", "2030-01-09T08:00+08:00"));
        assertThat(pi.getBusinessKey()).matches(LeaveNumbers.PATTERN).startsWith("QJ20300106-");

        Task leader = fixture.task(pi.getBusinessKey(), "dutyLeaderApproval");
        assertThat(leader.getAssignee()).isEqualTo("leader1");
        assertThat(fixture.candidateGroups(leader)).isEmpty();
        assertThat(leader.getDescription()).as("the model's documentation, shown in Tasklist").contains("LV-3");
        assertThat(engine.getTaskService().getVariableLocal(leader.getId(), "shiftsInPeriod").toString())
                .contains("2030-01-08", "白班 08:00-16:00", "其余在岗 2 人");
        fixture.complete("leader1", leader, approve("同意，已安排顶岗"));

        Task director = fixture.task(pi.getBusinessKey(), "csDirectorApproval");
        assertThat(director.getAssignee()).isNull();
        assertThat(fixture.candidateGroups(director)).containsExactly("cs-director");
        assertThat(engine.getTaskService().getVariable(director.getId(), "approved"))
                .as("the level before's answer is not prefilled").isNull();
        fixture.complete("director1", director, approve(null));

        assertThat(fixture.task(pi.getBusinessKey(), "centerDirectorApproval")).isNull();
        assertThat(endedAt(pi)).containsExactly("leaveApproved");
        LeaveBook.LeaveRecord approved = record(pi);
        assertThat(approved.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(approved.certificate()).isEqualTo(LeaveBook.CertificateStatus.NOT_REQUIRED);
        assertThat(book.decisions(pi.getBusinessKey())).extracting(d -> d.level() + " " + d.approver() + " "
                + d.approved() + " " + d.comment()).containsExactly("1 leader1 true 同意，已安排顶岗",
                        "2 director1 true null");
    }

    @Test
    void approvedLeaveShowsOnTheRosterAndLeavesTheEmployeeOutOfWhoIsOnDuty() {
        ProcessInstance pi = fixture.submit("agent1", tuesday("PERSONAL"));
        assertThat(agentsAt("2030-01-08T12:00+08:00")).as("pending leave changes nothing")
                .containsExactly("agent1", "agent2", "agent3");

        fixture.complete("leader1", fixture.task(pi.getBusinessKey(), "dutyLeaderApproval"), approve("同意"));
        fixture.complete("director1", fixture.task(pi.getBusinessKey(), "csDirectorApproval"), approve("同意"));

        assertThat(agentsAt("2030-01-08T12:00+08:00")).containsExactly("agent2", "agent3");
        assertThat(agentsAt("2030-01-09T12:00+08:00")).as("the next day's shift is not on leave").containsExactly("agent1");
        var shifts = roster.shiftsOf("agent1", TUESDAY, TUESDAY.plusDays(1));
        assertThat(roster.onLeave(shifts)).containsExactly(shifts.get(0).id());
    }

    private List<String> agentsAt(String at) {
        return roster.onDutyAt(at(at), JobType.AGENT).stream().map(Employee::userId).toList();
    }

    @Test
    void moreThanOneDayGoesOnToTheCentreDirector() {
        ProcessInstance pi = fixture.submit("agent1",
                request("agent1", "PERSONAL", "2030-01-08T08:00+08:00", "2030-01-09T08:01+08:00"));
        fixture.complete("leader1", fixture.task(pi.getBusinessKey(), "dutyLeaderApproval"), approve("同意"));
        fixture.complete("director1", fixture.task(pi.getBusinessKey(), "csDirectorApproval"), approve("同意"));
        assertThat(record(pi).status()).as("not yet: the centre director decides").isEqualTo(LeaveStatus.PENDING);

        Task centre = fixture.task(pi.getBusinessKey(), "centerDirectorApproval");
        assertThat(fixture.candidateGroups(centre)).containsExactly("center-director");
        fixture.complete("centerdirector1", centre, approve("同意"));

        assertThat(record(pi).status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(book.decisions(pi.getBusinessKey())).extracting(LeaveBook.Decision::level).containsExactly(1, 2, 3);
    }

    @Test
    void officialBusinessOfAFewHoursGoesToTheCentreDirectorWhoMayReject() {
        ProcessInstance pi = fixture.submit("agent1", tuesday("OFFICIAL"));
        fixture.complete("leader1", fixture.task(pi.getBusinessKey(), "dutyLeaderApproval"), approve("同意"));
        fixture.complete("director1", fixture.task(pi.getBusinessKey(), "csDirectorApproval"), approve("同意"));
        fixture.complete("centerdirector1", fixture.task(pi.getBusinessKey(), "centerDirectorApproval"),
                reject("培训改期"));

        assertThat(record(pi).status()).isEqualTo(LeaveStatus.REJECTED);
        assertThat(endedAt(pi)).containsExactly("centerDirectorRejected");
    }

    @Test
    void aRejectionByTheDutyLeaderEndsItAndNeedsAReason() {
        ProcessInstance pi = fixture.submit("agent1", tuesday("PERSONAL"));
        Task leader = fixture.task(pi.getBusinessKey(), "dutyLeaderApproval");

        assertThatThrownBy(() -> fixture.complete("leader1", leader, reject(" ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("comment"));
        assertThatThrownBy(() -> fixture.complete("leader1", leader, Map.of("comment", "再说")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("approved"));
        assertThat(fixture.task(pi.getBusinessKey(), "dutyLeaderApproval")).as("the task stays open").isNotNull();

        fixture.complete("leader1", leader, reject("当天人手不足"));

        assertThat(record(pi).status()).isEqualTo(LeaveStatus.REJECTED);
        assertThat(endedAt(pi)).containsExactly("dutyLeaderRejected");
        assertThat(book.decisions(pi.getBusinessKey())).singleElement()
                .satisfies(d -> assertThat(d.comment()).isEqualTo("当天人手不足"));
    }

    @Test
    void aRejectionByTheCsDirectorEndsIt() {
        ProcessInstance pi = fixture.submit("agent1", tuesday("PERSONAL"));
        fixture.complete("leader1", fixture.task(pi.getBusinessKey(), "dutyLeaderApproval"), approve("同意"));
        fixture.complete("director1", fixture.task(pi.getBusinessKey(), "csDirectorApproval"), reject("月底考核期"));

        assertThat(record(pi).status()).isEqualTo(LeaveStatus.REJECTED);
        assertThat(endedAt(pi)).containsExactly("csDirectorRejected");
    }

    @Test
    void lv2ALateRequestIsApprovedOnlyWhenEveryApproverConfirmsTheException() {
        LeaveFixture.clock(at("2030-01-07T09:00+08:00")); // 23 hours before the shift
        ProcessInstance pi = fixture.submit("agent1", tuesday("PERSONAL"));
        assertThat(record(pi).exceptions()).containsExactly(LeaveException.LATE);
        Task leader = fixture.task(pi.getBusinessKey(), "dutyLeaderApproval");
        assertThat(engine.getTaskService().getVariable(leader.getId(), "exceptionText").toString()).contains("LV-2");

        assertThatThrownBy(() -> fixture.complete("leader1", leader, approve("同意")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("exceptionConfirmed")
                .hasMessageContaining("LV-2");
        fixture.complete("leader1", leader, with(approve("同意，特殊情况"), "exceptionConfirmed", true));

        Task director = fixture.task(pi.getBusinessKey(), "csDirectorApproval");
        assertThatThrownBy(() -> fixture.complete("director1", director, approve("同意")))
                .as("the first level's confirmation is not the director's").isInstanceOf(InvalidInputException.class);
        fixture.complete("director1", director, with(approve("同意"), "exceptionConfirmed", true));

        assertThat(record(pi).status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(book.decisions(pi.getBusinessKey())).allMatch(LeaveBook.Decision::exceptionConfirmed);
    }

    @Test
    void aDutyLeadersLeaveGoesToTheOtherDutyLeadersWhoMayNotDecideTheirOwn() {
        fixture.shift("leader1", TUESDAY, ShiftType.DAY);
        ProcessInstance pi = fixture.submit("leader1",
                request("leader1", "PERSONAL", "2030-01-08T08:00+08:00", "2030-01-08T16:00+08:00"));
        Task first = fixture.task(pi.getBusinessKey(), "dutyLeaderApproval");
        assertThat(first.getAssignee()).isNull();
        assertThat(fixture.candidateGroups(first)).containsExactly("duty-leader");

        // LV-3 twice over: leader1 can neither take the approval of their own leave ...
        assertThatThrownBy(() -> fixture.complete("leader1", first, approve("同意")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("LV-3");
        // ... nor decide it while it is unclaimed (a candidate of the group completing directly).
        assertThatThrownBy(() -> fixture.as("leader1", () -> {
            engine.getTaskService().complete(first.getId(), approve("同意"));
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("LV-3");
        assertThat(fixture.task(pi.getBusinessKey(), "dutyLeaderApproval").getAssignee()).isNull();
        fixture.complete("leader2", fixture.task(pi.getBusinessKey(), "dutyLeaderApproval"), approve("同意"));

        assertThat(fixture.task(pi.getBusinessKey(), "csDirectorApproval")).isNotNull();
    }

    @Test
    void lv5SickLeaveOfAFullDayWaitsForTheCertificateOnTheFirstDayBack() {
        ProcessInstance pi = sickDayApproved();
        assertThat(record(pi).certificate()).isEqualTo(LeaveBook.CertificateStatus.AWAITED);
        assertThat(fixture.timer(pi.getId(), "firstDayBack").getDuedate())
                .isEqualTo(Date.from(at("2030-01-09T00:00+08:00")));

        LeaveFixture.clock(at("2030-01-09T00:00+08:00"));
        fixture.fire(fixture.dueTimers(pi.getId(), "firstDayBack").get(0));
        Task certificate = fixture.task(pi.getBusinessKey(), "submitCertificate");
        assertThat(certificate.getAssignee()).isEqualTo("agent1");
        assertThat(certificate.getDueDate()).isEqualTo(Date.from(at("2030-01-10T00:00+08:00")));

        assertThatThrownBy(() -> fixture.complete("agent1", certificate, Map.of("certificateHandedIn", false,
                "certifiedFrom", "2030-01-08", "certifiedTo", "2030-01-08")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LV-5");
        fixture.complete("agent1", certificate, Map.of("certificateHandedIn", true, "certificateNote", "市一医院",
                "certifiedFrom", "2030-01-08", "certifiedTo", "2030-01-08"));

        assertThat(record(pi).certificate()).isEqualTo(LeaveBook.CertificateStatus.HANDED_IN);
        assertThat(endedAt(pi)).containsExactly("certificateRecorded");
    }

    @Test
    void lv5ACertificateWhoseDatesAreNotContinuousWithTheLeaveIsRefused() {
        ProcessInstance pi = sickDayApproved();
        LeaveFixture.clock(at("2030-01-09T00:00+08:00"));
        fixture.fire(fixture.dueTimers(pi.getId(), "firstDayBack").get(0));
        Task certificate = fixture.task(pi.getBusinessKey(), "submitCertificate");

        // Begins the day after the leave's first day: Tuesday uncertified.
        assertThatThrownBy(() -> fixture.complete("agent1", certificate, Map.of("certificateHandedIn", true,
                "certifiedFrom", "2030-01-09", "certifiedTo", "2030-01-10")))
                .isInstanceOf(RuleRefusal.class).hasMessageContaining("LV-5").hasMessageContaining("连续");
        assertThatThrownBy(() -> fixture.complete("agent1", certificate, Map.of("certificateHandedIn", true,
                "certifiedFrom", "2030-01-06", "certifiedTo", "2030-01-07")))
                .isInstanceOf(RuleRefusal.class).hasMessageContaining("LV-5");
        assertThatThrownBy(() -> fixture.complete("agent1", certificate, Map.of("certificateHandedIn", true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("certifiedFrom");
        assertThat(record(pi).certificate()).isEqualTo(LeaveBook.CertificateStatus.AWAITED);

        // Covering the leave and more is continuous with it.
        fixture.complete("agent1", certificate, Map.of("certificateHandedIn", true,
                "certifiedFrom", "2030-01-07", "certifiedTo", "2030-01-09"));
        assertThat(record(pi).certificate()).isEqualTo(LeaveBook.CertificateStatus.HANDED_IN);
    }

    @Test
    void lv5ACertificateNotHandedInOnTheFirstDayBackFlagsTheLeave() {
        ProcessInstance pi = sickDayApproved();
        LeaveFixture.clock(at("2030-01-09T00:00+08:00"));
        fixture.fire(fixture.dueTimers(pi.getId(), "firstDayBack").get(0));
        LeaveFixture.clock(at("2030-01-09T23:59+08:00"));
        assertThat(fixture.dueTimers(pi.getId(), "certificateOverdue")).isEmpty();

        LeaveFixture.clock(at("2030-01-10T00:00+08:00"));
        fixture.fire(fixture.dueTimers(pi.getId(), "certificateOverdue").get(0));

        assertThat(record(pi).certificate()).isEqualTo(LeaveBook.CertificateStatus.MISSING);
        assertThat(record(pi).status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(endedAt(pi)).containsExactly("certificateMissing");
        // The employee's own duty leader is told by mail, once.
        String leader = engine.getIdentityService().createUserQuery().userId("leader1").singleResult().getEmail();
        assertThat(fixture.mail(pi.getBusinessKey())).singleElement().asString()
                .startsWith("CERTIFICATE_MISSING " + leader).contains("病假证明未交").contains("agent1");
    }

    /** Sick leave for all of Tuesday (24 h), asked for by a colleague, approved by both levels. */
    private ProcessInstance sickDayApproved() {
        ProcessInstance pi = fixture.submit("agent2",
                request("agent1", "SICK", "2030-01-08T00:00+08:00", "2030-01-09T00:00+08:00"));
        fixture.complete("leader1", fixture.task(pi.getBusinessKey(), "dutyLeaderApproval"), approve("同意"));
        fixture.complete("director1", fixture.task(pi.getBusinessKey(), "csDirectorApproval"), approve("同意"));
        return pi;
    }

    @Test
    void aTasklistStartFormGoesThroughTheSameRulesAndDefaultsToTheStarter() {
        Map<String, Object> form = new HashMap<>(tuesday("SICK"));
        form.put("employee", "");
        form.put("start", "2030-01-08T08:00"); // a date-time without offset is in the business zone
        String id = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ProcessKeys.LEAVE_REQUEST).latestVersion().singleResult().getId();

        ProcessInstance pi = fixture.submitStartForm("agent1", id, form);

        LeaveBook.LeaveRecord stored = record(pi);
        assertThat(stored.employee()).isEqualTo("agent1");
        assertThat(stored.submitter()).isEqualTo("agent1");
        assertThat(stored.start()).isEqualTo(at("2030-01-08T08:00+08:00"));
        assertThat(fixture.task(pi.getBusinessKey(), "dutyLeaderApproval")).isNotNull();

        Map<String, Object> forSomeoneElse = request("agent1", "PERSONAL", "2030-01-09T08:00+08:00",
                "2030-01-09T16:00+08:00");
        assertThatThrownBy(() -> fixture.submitStartForm("agent2", id, forSomeoneElse))
                .isInstanceOfSatisfying(RuleRefusal.class, e -> {
                    assertThat(e.rule()).isEqualTo("LV-4");
                    assertThat(e.getMessage()).as("Tasklist shows the rule").contains("LV-4");
                });
        assertThat(fixture.requestsOf("agent1")).as("nothing created by the refusal").isEqualTo(1);
    }

    @Test
    void aCancelledInstanceCancelsThePendingRequest() {
        ProcessInstance pi = fixture.submit("agent1", tuesday("PERSONAL"));

        engine.getRuntimeService().deleteProcessInstance(pi.getId(), "撤销");

        assertThat(record(pi).status()).isEqualTo(LeaveStatus.CANCELLED);
    }
}
