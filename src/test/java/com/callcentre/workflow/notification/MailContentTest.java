package com.callcentre.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.callcentre.workflow.notification.MailComposer.Mail;
import com.callcentre.workflow.notification.Recipient.Role;
import com.callcentre.workflow.system.ComplaintSettings;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What each message says: the ticket, the Chinese category, the deadline in the business zone,
 * what is asked of this recipient, the level, the Tasklist link; CP-9 in every part.
 */
class MailContentTest {

    static final Recipient BILLING = new Recipient("billing@departments.example", "计费部", Role.DEPARTMENT, "dept-billing");
    /** 2026-11-22 14:30 in Shanghai, 2026-11-21 22:30 in Los Angeles. */
    static final Date DEADLINE = Date.from(Instant.parse("2026-11-22T06:30:00Z"));

    final MailComposer composer = Notices.composer();

    @Test
    void dispatchTellsTheDepartmentItsOrderTheDeadlineAndWhereTheTaskIs() {
        Map<String, Object> variables = Notices.variables("DISPATCH");
        variables.put("deadline", DEADLINE);
        variables.put("taskId", "4f2a-77");
        Mail mail = mail(Notices.read(variables), BILLING);

        assertThat(mail.to()).isEqualTo("billing@departments.example");
        assertThat(mail.subject()).isEqualTo("【督办单】CS20261122-000042 计费账务投诉，请计费部处理");
        for (String body : List.of(mail.text(), mail.html())) {
            assertThat(body).contains("计费部：", "CS20261122-000042", "计费账务", "计费部（第 1 次派单）",
                    "回单截止", "2026年11月22日 14:30", "请在 Tasklist 中认领本督办单", "在截止时间前回单", "138****8000",
                    "http://localhost:8080/camunda/app/tasklist/default/#/?task=4f2a-77");
            assertThat(body).doesNotContain("重大投诉", "督办级别", "{{", "}}");
        }
        assertThat(mail.html()).startsWith("<!DOCTYPE html>").contains("<a href=\"http://localhost:8080/camunda/app/");
    }

    @Test
    void theDeadlineIsInTheBusinessZoneWhateverTheServersZone() {
        // The suite's JVM runs in UTC (pom.xml), where the deadline is 06:30.
        assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
        Map<String, Object> variables = Notices.variables("REMINDER");
        variables.put("deadline", DEADLINE);
        Mail mail = mail(Notices.read(variables), BILLING);
        assertThat(mail.text()).contains("回单时限截止：2026年11月22日 14:30");
        assertThat(MailComposer.deadline(Date.from(Instant.parse("2027-01-05T01:05:00Z")), java.time.ZoneId.of("Asia/Shanghai"))).isEqualTo("2027年1月5日 09:05");
    }

    @ParameterizedTest
    @CsvSource({"NETWORK, 网络质量", "BILLING, 计费账务", "SERVICE_ATTITUDE, 服务态度", "PRODUCT, 产品业务", "OTHER, 其他"})
    void theCategoryIsInChinese(String category, String chinese) {
        Map<String, Object> variables = Notices.variables("DISPATCH");
        variables.put("category", category);
        Mail mail = mail(Notices.read(variables), BILLING);
        assertThat(mail.subject()).contains(chinese + "投诉");
        assertThat(mail.text()).contains("投诉类别：" + chinese);
    }

    @Test
    void aReminderAsksTheDepartmentToAnswerAndTheOwnerToFollowUp() {
        Notice notice = Notices.of("REMINDER");
        Mail department = mail(notice, BILLING);
        Mail owner = mail(notice, new Recipient("agent1@callcentre.example", "王芳", Role.OWNER, null));

        assertThat(department.subject()).isEqualTo("【即将超时】CS20261122-000042 计费部督办单回单时限将到");
        assertThat(department.text()).contains("本督办单回单时限将到，请在截止时间前回单。");
        assertThat(owner.text()).contains("王芳：", "您首问负责的工单：计费部的回单时限将到，请跟踪进度。");

        Map<String, Object> acknowledge = Notices.variables("REMINDER");
        acknowledge.put("clock", "ACKNOWLEDGE");
        assertThat(mail(Notices.read(acknowledge), BILLING).text()).contains("尚未认领", "认领时限将到");
    }

    @Test
    void aBreachAsksTheDutyLeaderToSuperviseAndTheDepartmentToAnswerNow() {
        Notice notice = Notices.of("BREACH");
        Mail leader = mail(notice, new Recipient("leader1@callcentre.example", "赵磊", Role.SUPERVISOR, "duty-leader"));
        Mail department = mail(notice, BILLING);

        assertThat(leader.subject()).isEqualTo("【已超时】CS20261122-000042 计费部督办单已超过回单时限");
        assertThat(leader.text()).contains("赵磊：", "计费部的督办单已超过回单时限，请督办");
        assertThat(department.text()).contains("已按规定上报，请立即回单");

        Map<String, Object> major = Notices.variables("BREACH");
        major.put("major", true);
        Mail skipped = mail(Notices.read(major), new Recipient("leader1@callcentre.example", "赵磊", Role.INFORMED,
                "duty-leader"));
        assertThat(skipped.text()).contains("计费部的督办单已超过回单时限。本重大投诉已越级直接上报第 2 级（客服部主任），按规定事后告知");
    }

    @Test
    void anEscalationNamesItsLevelAndAMajorComplaintsSkippedLeaderIsToldAfterwards() {
        Map<String, Object> variables = Notices.variables("ESCALATION");
        variables.put("escalationLevel", 2);
        variables.put("major", true);
        Notice notice = Notices.read(variables);
        Mail director = mail(notice, new Recipient("director1@callcentre.example", "周强", Role.SUPERVISOR, "cs-director"));
        Mail leader = mail(notice, new Recipient("leader1@callcentre.example", "赵磊", Role.INFORMED, "duty-leader"));

        assertThat(director.subject()).isEqualTo("【第2级督办】CS20261122-000042 计费部督办单超时未回单");
        for (Mail mail : List.of(director, leader)) {
            assertThat(mail.text()).contains("督办级别：第 2 级（客服部主任）", "重大投诉：是");
            assertThat(mail.html()).contains("<td>第 2 级（客服部主任）</td>", "<td>是</td>");
        }
        assertThat(director.text()).contains("已升级至第 2 级（客服部主任），请督办并作出指示");
        assertThat(leader.text()).contains("越级直接上报第 2 级（客服部主任），按规定事后告知");
    }

    @Test
    void withoutATaskTheLinkOpensTheTaskListAndWithoutADeadlineItsLineIsLeftOut() {
        Mail mail = mail(Notices.of("DISPATCH"), BILLING);
        assertThat(mail.text()).contains("在 Tasklist 中打开：http://localhost:8080/camunda/app/tasklist/default/\n")
                .doesNotContain("截止：", "#/?task=");
        assertThat(mail.html()).doesNotContain("回单截止");
    }

    @Test
    void cp9ThePhoneIsMaskedWhateverTheVariableHolds() {
        for (String phone : List.of("13800138000", "138****8000")) {
            Map<String, Object> variables = Notices.variables("DISPATCH");
            variables.put("customerPhoneMasked", phone);
            Mail mail = mail(Notices.read(variables), BILLING);
            assertThat(mail.text()).contains("客户电话：138****8000");
            assertThat(String.join("", mail.subject(), mail.text(), mail.html())).doesNotContain("13800138000");
        }
        assertThat(MailComposer.maskPhone("010-12345678")).isEqualTo("010****5678");
        assertThat(MailComposer.maskPhone("12345")).isEqualTo("****");
    }

    private Mail mail(Notice notice, Recipient recipient) {
        return composer.compose(notice, recipient, notice.taskId());
    }

    @Test
    void valuesAreEscapedInHtmlAndAnUnknownPlaceholderIsAnError() {
        Map<String, String> values = Map.of("name", "<b>A&B</b> \"x\"", "empty", "");
        assertThat(MailTemplates.fill("<p>{{name}}</p>\n<p>{{ empty }}</p>\nend", values, true, true))
                .isEqualTo("<p>&lt;b&gt;A&amp;B&lt;/b&gt; &quot;x&quot;</p>\nend");
        assertThat(MailTemplates.fill("{{name}}", values, false, false)).isEqualTo("<b>A&B</b> \"x\"");
        assertThatThrownBy(() -> MailTemplates.fill("{{customerName}}", values, false, false))
                .hasMessageContaining("customerName");
    }
}
