package com.callcentre.workflow.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The tests' SMTP server: a real one in the test JVM (GreenMail), on loopback only, on a port
 * free when the JVM chose it (so two suites on one host do not collide); application-test.yaml
 * points {@code spring.mail.port} at it through the system property {@code test.smtp.port}
 * ({@link TestSmtpPort} sets it before any context starts; a node started by a test inherits
 * it). Register it with
 * {@code @RegisterExtension static final GreenMailExtension smtp = TestSmtp.server();}: a fresh,
 * empty server for each test, and {@code smtp.stop()} / {@code smtp.start()} play an outage.
 */
public final class TestSmtp {

    public static final String PROPERTY = "test.smtp.port";

    /** = spring.mail.port of the test contexts: chosen once per JVM, or inherited from the parent's. */
    public static final int PORT = choosePort();

    private TestSmtp() {
    }

    private static int choosePort() {
        Integer inherited = Integer.getInteger(PROPERTY);
        int port = inherited != null ? inherited : freePort();
        System.setProperty(PROPERTY, Integer.toString(port));
        return port;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** A received message as text: the decoded subject, plain body and HTML body. */
    public record Received(String to, String subject, String text, String html) {

        /** Everything a reader could see, to search for what must not be there (CP-9). */
        public String all() {
            return String.join("\n", subject, text, html);
        }
    }

    public static List<Received> received(GreenMailExtension smtp) {
        return Arrays.stream(smtp.getReceivedMessages()).map(TestSmtp::read).toList();
    }

    static Received read(MimeMessage message) {
        try {
            return new Received(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    part(message, "text/plain"), part(message, "text/html"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Part part, String type) throws MessagingException {
        try {
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof MimeMultipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
