package com.callcentre.workflow.notification;

import com.callcentre.workflow.escalation.EscalationPolicy;
import com.callcentre.workflow.system.Departments;
import com.callcentre.workflow.system.Departments.Department;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Notices as the model's variables give them, for tests without the engine. */
final class Notices {

    static final Departments DEPARTMENTS = new Departments(List.of(
            new Department("network", "网络维护部", "dept-network", null, null),
            new Department("billing", "计费部", "dept-billing", null, null),
            new Department("vip", "大客户经理部", "dept-vip", "vip-desk@departments.example", null)));

    private Notices() {
    }

    /** complaint-handling's variables of a billing complaint and the step's inputs for one order. */
    static Map<String, Object> variables(String event) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("notificationEvent", event);
        variables.put("category", "BILLING");
        variables.put("major", false);
        variables.put("owner", "agent1");
        variables.put("customerPhoneMasked", "138****8000");
        variables.put("department", "billing");
        variables.put("dispatchRound", 1);
        return variables;
    }

    static Notice read(Map<String, Object> variables) {
        return Notice.read("CS20261122-000042", variables::get, DEPARTMENTS);
    }

    /** The rules of who is told, on the demo staff and these departments. */
    static RecipientRules rules(EscalationPolicy levels, Staff staff) {
        return new RecipientRules(levels, staff, settings(), DEPARTMENTS);
    }

    static Notice of(String event) {
        return read(variables(event));
    }

    /** The default chain: duty leader, cs-director, centre director. */
    static final EscalationPolicy LEVELS = EscalationPolicy.defaults();

    static NotificationSettings settings() {
        return new NotificationSettings("http://localhost:8080", "客服中心工作流 <workflow@callcentre.example>",
                new NotificationSettings.DemoMailServer(false, 3025), "vip", "cs-director",
                java.util.Set.of("AT_DEPARTMENTS", "ARCHIVED"));
    }

    static MailComposer composer() {
        return new MailComposer(new MailTemplates(), settings(), LEVELS, Staff.demo(),
                new com.callcentre.workflow.system.BusinessClock(java.time.ZoneId.of("Asia/Shanghai")),
                new com.callcentre.workflow.complaint.IntakeLabels());
    }
}
