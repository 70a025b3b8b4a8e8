package com.callcentre.workflow.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's SMTP server inside the application (GreenMail on loopback, port
 * {@code notification.demo-mail-server.port}, 3025 by default): it keeps every message in
 * memory, so a new user sees notifications work at {@code GET /api/demo/mail} without a mail
 * server of their own. Nothing is delivered anywhere. Without the demo profile it does not
 * exist; production's {@code spring.mail.*} names a real server.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "notification.demo-mail-server.enabled", havingValue = "true", matchIfMissing = true)
class DemoMailServer implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMailServer.class);

    private final GreenMail server;
    private final int port;

    DemoMailServer(NotificationSettings settings) {
        this.port = settings.demoMailServer().port();
        // Started here, before the engine's job executor can run a mail step.
        this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        LOG.info("Demo SMTP server catching the application's mail on 127.0.0.1:{}; see /api/demo/mail", port);
    }

    int port() {
        return port;
    }

    List<CaughtMail> caught() {
        MimeMessage[] messages = server.getReceivedMessages();
        return Arrays.stream(messages).map(CaughtMail::of).toList();
    }

    @Override
    public void destroy() {
        server.stop();
    }
}
