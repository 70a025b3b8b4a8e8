package com.callcentre.workflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The policy and addresses of e-mail, as configuration ({@code notification.*}); the SMTP server
 * itself is the standard {@code spring.mail.*}, the levels' groups {@code escalation.chain}.
 *
 * @param baseUrl                  where staff reach this application: links to Tasklist start here
 * @param from                     the sender of every message
 * @param majorComplaintFirstLevel a major complaint's escalation starts at this level (越级): the
 *                                 groups of the levels below are told afterwards, not asked to
 *                                 supervise (SL-3); 1 means nothing is skipped
 * @param demoMailServer           the demo profile's SMTP server inside the application
 */
@ConfigurationProperties("notification")
record NotificationSettings(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("客服中心工作流 <workflow@callcentre.example>") String from,
        @DefaultValue("2") int majorComplaintFirstLevel,
        @DefaultValue DemoMailServer demoMailServer) {

    /** @param enabled off where tests bring their own server; @param port its SMTP port */
    record DemoMailServer(@DefaultValue("true") boolean enabled, @DefaultValue("3025") int port) {
    }

    NotificationSettings {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Whether a major complaint's escalation skips levels whose groups are then told afterwards. */
    boolean skipsLevels(Notice notice) {
        return notice.major() && majorComplaintFirstLevel > 1;
    }
}
