package com.callcentre.workflow.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to go and how to log in. */
@Component
class StartupBanner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        Environment env = event.getApplicationContext().getEnvironment();
        String base = "http://localhost:" + web.getWebServer().getPort();
        // demo is the default profile: active without being listed.
        boolean demo = env.acceptsProfiles(Profiles.of("demo"));
        StringBuilder text = new StringBuilder("\n\n  客服中心工作流已启动 / The call-centre workflow is running\n")
                .append("  Tasklist:  ").append(base).append("/camunda/app/tasklist/\n")
                .append("  Cockpit:   ").append(base).append("/camunda/app/cockpit/ (SLA 监控 on the dashboard)\n")
                .append("  Reports:   ").append(base).append("/reports/ (managers and directors)\n")
                .append("  Tickets:   ").append(base).append("/tickets/ (search; each role sees what it may)\n")
                .append("  API:       ").append(base).append("/api/complaints (HTTP Basic)\n");
        if (demo) {
            text.append("  Log in as agent1 / demo (agent), manager1 / demo (complaint manager),\n")
                    .append("  billing1 / demo (billing department), handler1 / demo, leader1 / demo, or admin / admin.\n")
                    .append("  All demo users are listed in README.md.\n")
                    .append("  Mail:      ").append(base).append("/api/demo/mail (e-mail caught by the demo SMTP server)\n")
                    .append("  SMS:       ").append(base).append("/api/demo/sms (texts to customers caught by the demo gateway)\n");
        }
        LOG.info(text.toString());
    }
}
