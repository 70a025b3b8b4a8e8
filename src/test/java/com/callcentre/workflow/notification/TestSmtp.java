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
 * The tests' SMTP server: a real one in the test JVM (GreenMail), on the port that
 * {@code spring.mail.port} of application-test.yaml names, on loopback only. Register it with
 * {@code @RegisterExtension static final GreenMailExtension smtp = TestSmtp.server();}: a fresh,
 * empty server for each test, and {@code smtp.stop()} / {@code smtp.start()} play an outage.
 */
public final class TestSmtp {

    /** = spring.mail.port of application-test.yaml. */
    public static final int PORT = 3125;

    private TestSmtp() {
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
