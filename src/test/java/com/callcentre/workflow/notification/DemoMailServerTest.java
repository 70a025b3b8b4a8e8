package com.callcentre.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.notification.MailComposer.Mail;
import com.callcentre.workflow.notification.Recipient.Role;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.Departments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.AuthorizationServiceImpl;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo profile's SMTP server inside the application and its page: on with the demo
 * profile, off without it or when switched off; what it caught is listed newest first.
 */
class DemoMailServerTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotificationSettings.class)
    @Import({DemoMailServer.class, DemoMailPage.class, BusinessClock.class, CurrentUser.class})
    static class DemoMail {

        /** Who is signed in: the engine's identity service keeps it per thread, with no engine needed. */
        @Bean
        IdentityService identityService() {
            return new IdentityServiceImpl();
        }

        /** CurrentUser's other half; the page asks for groups only, never for a permission. */
        @Bean
        AuthorizationService authorizationService() {
            return new AuthorizationServiceImpl();
        }

        /** The demo users' addresses, as the application's directory has them. */
        @Bean
        StaffDirectory staffDirectory() {
            return new StaffDirectory() {
                public Optional<Person> person(String userId) {
                    return Optional.of(new Person(userId, userId, userId + "@callcentre.example"));
                }

                public List<Person> members(String groupId) {
                    return List.of();
                }

                public String groupName(String groupId) {
                    return groupId;
                }
            };
        }

        @Bean
        Departments departments() {
            return Notices.DEPARTMENTS;
        }
    }

    final ApplicationContextRunner app = new ApplicationContextRunner().withUserConfiguration(DemoMail.class);

    @Test
    void withoutTheDemoProfileNoServerStartsAndThereIsNoPage() {
        // The build's system property lists demo: name another profile, as production does.
        app.withInitializer(context -> context.getEnvironment().setActiveProfiles("postgres"))
                .run(context -> assertThat(context).doesNotHaveBean(DemoMailServer.class)
                        .doesNotHaveBean(DemoMailPage.class));
    }

    @Test
    void switchedOffTheDemoPageSaysWhereTheMailGoesInstead() {
        app.withInitializer(this::demo).withPropertyValues("notification.demo-mail-server.enabled=false")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(DemoMailServer.class);
                    assertThat(context.getBean(DemoMailPage.class).page()).contains("演示邮件（共 0 封）", "未启动",
                            "spring.mail.host");
                });
    }

    @Test
    void withTheDemoProfileItCatchesTheApplicationsMailAndThePageListsItNewestFirst() {
        int port = freePort();
        app.withInitializer(this::demo).withPropertyValues("notification.demo-mail-server.port=" + port)
                .run(context -> {
                    DemoMailServer server = context.getBean(DemoMailServer.class);
                    assertThat(server.port()).isEqualTo(port);
                    send(port, "【督办单】CS20261122-000042 先到的", "billing@departments.example");
                    send(port, "【即将超时】CS20261122-000043 <后到的>", "agent1@callcentre.example");

                    List<CaughtMail> caught = server.caught();
                    assertThat(caught).extracting(CaughtMail::to)
                            .containsExactly("billing@departments.example", "agent1@callcentre.example");
                    assertThat(caught.get(0).text()).contains("计费部：", "请在 Tasklist 中认领本督办单");

                    IdentityService identity = context.getBean(IdentityService.class);
                    identity.setAuthentication("billing1", List.of("dept-billing"));
                    String billing = context.getBean(DemoMailPage.class).page();
                    identity.setAuthentication("agent2", List.of("agent"));
                    String otherAgent = context.getBean(DemoMailPage.class).page();
                    identity.setAuthentication("admin", List.of("camunda-admin"));
                    String page = context.getBean(DemoMailPage.class).page();
                    identity.clearAuthentication();
                    assertThat(billing).as("CP-9: a liaison reads its department's mail only")
                            .contains("CS20261122-000042").doesNotContain("CS20261122-000043");
                    assertThat(otherAgent).as("nobody else's mail").contains("演示邮件（共 0 封）");
                    Files.writeString(Path.of("target", "demo-mail-page.html"), page, StandardCharsets.UTF_8);
                    assertThat(page).contains("<html lang=\"zh-CN\">", "演示邮件（共 2 封）", "127.0.0.1:" + port,
                            "<th>时间</th><th>收件人</th><th>主题</th><th>正文</th>", "&lt;后到的&gt;",
                            "计费部：", "138****8000",
                            "<a href=\"http://localhost:8080/camunda/app/tasklist/default/\">");
                    assertThat(page.indexOf("CS20261122-000043")).as("newest first")
                            .isLessThan(page.indexOf("CS20261122-000042"));
                });
    }

    @Test
    void aSecondDemoApplicationOnTheHostTakesAFreePortAndItsMailFollows() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            org.springframework.mock.env.MockEnvironment environment = new org.springframework.mock.env.MockEnvironment()
                    .withProperty(DemoMailPort.PORT, Integer.toString(taken.getLocalPort()))
                    .withProperty("spring.mail.port", "${" + DemoMailPort.PORT + "}");
            // As ./mvnw spring-boot:run starts it: demo is the default profile, none named.
            environment.setDefaultProfiles("demo");

            new DemoMailPort(supplier -> org.apache.commons.logging.LogFactory.getLog(DemoMailPort.class))
                    .postProcessEnvironment(environment, null);

            int chosen = environment.getProperty(DemoMailPort.PORT, Integer.class);
            assertThat(chosen).isNotEqualTo(taken.getLocalPort());
            assertThat(environment.getProperty("spring.mail.port", Integer.class)).isEqualTo(chosen);
            try (ServerSocket free = new ServerSocket(chosen, 1, InetAddress.getLoopbackAddress())) {
                assertThat(free.getLocalPort()).as("the chosen port was free").isEqualTo(chosen);
            }
        }
    }

    @Test
    void aFreeConfiguredPortIsKeptAndOutsideTheDemoNothingIsTouched() {
        int port = freePort();
        org.springframework.mock.env.MockEnvironment demo = new org.springframework.mock.env.MockEnvironment()
                .withProperty(DemoMailPort.PORT, Integer.toString(port));
        demo.setActiveProfiles("demo");
        DemoMailPort chooser = new DemoMailPort(supplier -> org.apache.commons.logging.LogFactory.getLog(DemoMailPort.class));
        chooser.postProcessEnvironment(demo, null);
        assertThat(demo.getProperty(DemoMailPort.PORT, Integer.class)).isEqualTo(port);

        org.springframework.mock.env.MockEnvironment production = new org.springframework.mock.env.MockEnvironment();
        production.setActiveProfiles("postgres");
        chooser.postProcessEnvironment(production, null);
        assertThat(production.getProperty(DemoMailPort.PORT)).isNull();
    }

    @Test
    void thePageListsNewestFirstInTheBusinessZone() {
        List<CaughtMail> mails = List.of(
                new CaughtMail(Instant.parse("2026-11-22T06:30:00Z"), "a@x", "早", "一"),
                new CaughtMail(Instant.parse("2026-11-22T07:45:10Z"), "b@x", "晚", "二"));
        String page = DemoMailPage.render(mails, "说明", ZoneId.of("Asia/Shanghai"), "http://localhost:8080");

        assertThat(page).contains("2026-11-22 15:45:10", "2026-11-22 14:30:00", "<pre>二</pre>");
        assertThat(page.indexOf("晚")).isLessThan(page.indexOf("早"));
        assertThat(DemoMailPage.render(List.of(), "说明", ZoneId.of("Asia/Shanghai"), "http://localhost:8080")).contains("还没有邮件");
    }

    private void demo(ConfigurableApplicationContext context) {
        context.getEnvironment().setActiveProfiles("demo");
    }

    /** A real message of the application's, through SMTP to the server on the port. */
    private static void send(int port, String subject, String to) {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(port);
        MailComposer composer = Notices.composer();
        Mail mail = composer.compose(Notices.of("DISPATCH"), new Recipient(to, "计费部", Role.DEPARTMENT, null), null);
        new Mailer(smtp, Notices.settings()).send(new MailOutbox.Queued(42,
                new MailOutbox.Key("CS20261122-000042", "billing#1", "DISPATCH", to),
                new Mail(to, subject, mail.text(), mail.html())));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
