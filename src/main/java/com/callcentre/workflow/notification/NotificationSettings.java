package com.callcentre.workflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The policy and addresses of e-mail, as configuration ({@code notification.*}); the SMTP server
 * itself is the standard {@code spring.mail.*}, the levels and who is skipped the escalation
 * policy ({@code escalation.*}).
 *
 * @param baseUrl                  where staff reach this application: links to Tasklist start here
 * @param from                     the sender of every message
 * @param demoMailServer           the demo profile's SMTP server inside the application
 * @param vipAccountDepartment     the department of the VIP customers' account managers, told of
 *                                 their customers' complaints at intake (CP-12)
 * @param majorIntakeInformed      the group told of a major complaint at intake, beside the duty
 *                                 leader on duty (CP-4)
 * @param ownerToldOf              the ticket statuses its first-contact owner is told of, when someone
 *                                 else brings the ticket there (CP-2); AWAITING_DISPATCH only on a way back
 */
@ConfigurationProperties("notification")
record NotificationSettings(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("客服中心工作流 <workflow@callcentre.example>") String from,
        @DefaultValue DemoMailServer demoMailServer,
        @DefaultValue("vip") String vipAccountDepartment,
        @DefaultValue("cs-director") String majorIntakeInformed,
        @DefaultValue({"AWAITING_DISPATCH", "AT_DEPARTMENTS", "AWAITING_REVIEW", "WITH_DUTY_LEADER",
                "WITH_COMPLAINT_MANAGER", "ARCHIVED", "CLOSED_UNREACHABLE", "MERGED"}) java.util.Set<String> ownerToldOf) {

    /** @param enabled off where tests bring their own server; @param port its SMTP port */
    record DemoMailServer(@DefaultValue("true") boolean enabled, @DefaultValue("3025") int port) {
    }

    NotificationSettings {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
