package com.callcentre.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.escalation.EscalationPolicy;
import com.callcentre.workflow.notification.Recipient.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who is told of what (SL-2, SL-3, SL-4, CP-2, CP-5), with the default policy and a changed one. */
class RecipientRulesTest {

    static final String BILLING = "billing@departments.example";
    static final String AGENT1 = "agent1@callcentre.example";
    static final String LEADER1 = "leader1@callcentre.example";
    static final String LEADER2 = "leader2@callcentre.example";
    static final String DIRECTOR = "director1@callcentre.example";
    static final String CENTRE_DIRECTOR = "centerdirector1@callcentre.example";

    final RecipientRules rules = Notices.rules(Notices.LEVELS, Staff.demo());

    @Test
    void atIntakeAMajorComplaintGoesToTheLeaderOnDutyAndTheCsDirectorAVipOneToItsAccountManagers() {
        Map<String, Object> major = intake();
        major.put("major", true);
        major.put("supervisor", "leader1");
        assertThat(rules.of(Notices.read(major))).extracting(Recipient::address, Recipient::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LEADER1, Role.SUPERVISOR),
                        org.assertj.core.groups.Tuple.tuple(DIRECTOR, Role.TOLD));

        Map<String, Object> gold = intake();
        gold.put("vipLevel", "GOLD");
        assertThat(rules.of(Notices.read(gold))).extracting(Recipient::address)
                .as("CP-12: notification.vip-account-department's mailbox").containsExactly("vip-desk@departments.example");

        assertThat(rules.of(Notices.read(intake()))).as("an ordinary ticket").isEmpty();
    }

    /** The intake notice of an ordinary ticket: about no order. */
    private static Map<String, Object> intake() {
        Map<String, Object> variables = Notices.variables("INTAKE");
        variables.remove("department");
        variables.remove("dispatchRound");
        variables.put("vipLevel", "NONE");
        return variables;
    }

    @Test
    void dispatchGoesToTheOrdersDepartmentOnly() {
        assertThat(rules.of(Notices.of("DISPATCH")))
                .containsExactly(new Recipient(BILLING, "计费部", Role.DEPARTMENT, "dept-billing"));
    }

    @Test
    void aDepartmentsConfiguredMailboxIsUsed() {
        Map<String, Object> variables = Notices.variables("DISPATCH");
        variables.put("department", "vip");
        assertThat(rules.of(Notices.read(variables))).extracting(Recipient::address)
                .containsExactly("vip-desk@departments.example");
    }

    @Test
    void reminderGoesToTheDepartmentAndTheFirstContactOwner() {
        assertThat(rules.of(Notices.of("REMINDER"))).containsExactly(
                new Recipient(BILLING, "计费部", Role.DEPARTMENT, "dept-billing"),
                new Recipient(AGENT1, "王芳", Role.OWNER, null));
    }

    @Test
    void breachGoesToTheDutyLeadersTheDepartmentAndTheOwner() {
        assertThat(rules.of(Notices.of("BREACH"))).containsExactly(
                new Recipient(LEADER1, "赵磊", Role.SUPERVISOR, "duty-leader"),
                new Recipient(LEADER2, "黄敏", Role.SUPERVISOR, "duty-leader"),
                new Recipient(BILLING, "计费部", Role.DEPARTMENT, "dept-billing"),
                new Recipient(AGENT1, "王芳", Role.OWNER, null));
    }

    @Test
    void escalationGoesLevelByLevelToTheLevelsGroup() {
        assertThat(rules.of(escalation(2, false)))
                .containsExactly(new Recipient(DIRECTOR, "周强", Role.SUPERVISOR, "cs-director"));
        assertThat(rules.of(escalation(3, false)))
                .containsExactly(new Recipient(CENTRE_DIRECTOR, "吴华", Role.SUPERVISOR, "center-director"));
    }

    @Test
    void aMajorComplaintsFirstEscalationAlsoTellsTheSkippedDutyLeaders() {
        assertThat(rules.of(escalation(2, true))).containsExactly(
                new Recipient(DIRECTOR, "周强", Role.SUPERVISOR, "cs-director"),
                new Recipient(LEADER1, "赵磊", Role.INFORMED, "duty-leader"),
                new Recipient(LEADER2, "黄敏", Role.INFORMED, "duty-leader"));
        // Its next level skipped nobody.
        assertThat(rules.of(escalation(3, true))).extracting(Recipient::address).containsExactly(CENTRE_DIRECTOR);
    }

    @Test
    void aMajorComplaintsBreachAsksNoDutyLeaderToSuperviseButTellsThemAndTheDepartment() {
        Map<String, Object> variables = Notices.variables("BREACH");
        variables.put("major", true);
        assertThat(rules.of(Notices.read(variables))).containsExactly(
                new Recipient(LEADER1, "赵磊", Role.INFORMED, "duty-leader"),
                new Recipient(LEADER2, "黄敏", Role.INFORMED, "duty-leader"),
                new Recipient(BILLING, "计费部", Role.DEPARTMENT, "dept-billing"),
                new Recipient(AGENT1, "王芳", Role.OWNER, null));
    }

    @Test
    void theLevelsGroupsAndTheMajorComplaintsStartArePolicyInConfiguration() {
        EscalationPolicy noSkipping = new EscalationPolicy(List.of("duty-leader", "center-director", "cs-director"),
                java.time.Duration.ofHours(12), 1, 0.75);
        RecipientRules rules = Notices.rules(noSkipping, Staff.demo());

        assertThat(rules.of(escalation(2, true))).extracting(Recipient::address).containsExactly(CENTRE_DIRECTOR);
        Map<String, Object> majorBreach = Notices.variables("BREACH");
        majorBreach.put("major", true);
        assertThat(rules.of(Notices.read(majorBreach))).extracting(Recipient::role)
                .containsExactly(Role.SUPERVISOR, Role.SUPERVISOR, Role.DEPARTMENT, Role.OWNER);
    }

    @Test
    void someoneWithoutAnAddressIsLeftOutAndNobodyIsToldTwice() {
        Staff staff = Staff.demo()
                .person("leader3", "钱进", null)
                .person("director2", "孙丽", "LEADER1@callcentre.example")
                .group("duty-leader", "值班长", "leader1", "leader3")
                .group("cs-director", "客服部主任", "director1", "director2");
        RecipientRules rules = Notices.rules(Notices.LEVELS, staff);

        assertThat(rules.of(escalation(2, true))).extracting(Recipient::address)
                .containsExactly(DIRECTOR, "LEADER1@callcentre.example");
        assertThat(rules.of(Notices.of("BREACH"))).extracting(Recipient::address).containsExactly(LEADER1, BILLING, AGENT1);
    }

    @Test
    void anOwnerWhoIsNoLongerAUserIsLeftOut() {
        Map<String, Object> variables = Notices.variables("REMINDER");
        variables.put("owner", "gone");
        assertThat(rules.of(Notices.read(variables))).extracting(Recipient::address).containsExactly(BILLING);
    }

    private static Notice escalation(int level, boolean major) {
        Map<String, Object> variables = Notices.variables("ESCALATION");
        variables.put("escalationLevel", level);
        variables.put("major", major);
        return Notices.read(variables);
    }
}
