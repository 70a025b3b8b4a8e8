package com.callcentre.workflow.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Two demo applications on one host must both start: where the demo SMTP server's port
 * ({@code notification.demo-mail-server.port}) is taken, a free one is chosen before anything
 * reads it, and the log says so. The application's own mail follows ({@code spring.mail.port}
 * of the demo profile names the same property).
 */
public class DemoMailPort implements EnvironmentPostProcessor, Ordered {

    static final String PORT = "notification.demo-mail-server.port";

    private final Log log;

    public DemoMailPort(DeferredLogFactory logs) {
        this.log = logs.getLog(DemoMailPort.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // The demo profile is the default one (application.yaml): active when no other is named.
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        boolean enabled = environment.getProperty("notification.demo-mail-server.enabled", Boolean.class, true);
        if (!demo || !enabled) {
            return;
        }
        int configured = environment.getProperty(PORT, Integer.class, 3025);
        if (isFree(configured)) {
            return;
        }
        int chosen = freePort();
        environment.getPropertySources().addFirst(new MapPropertySource("demoMailPort", Map.of(PORT, chosen)));
        log.warn("Port " + configured + " (" + PORT + ") is taken: the demo SMTP server listens on "
                + chosen + " instead");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port on loopback for the demo SMTP server (" + PORT + ")", e);
        }
    }

    @Override
    public int getOrder() {
        // After the application's configuration files have been read.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
