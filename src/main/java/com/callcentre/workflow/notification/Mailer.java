package com.callcentre.workflow.notification;

import com.callcentre.workflow.notification.MailComposer.Mail;
import com.callcentre.workflow.system.BusinessClock;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Hands one message to the SMTP server of {@code spring.mail.*}: plain text and HTML, UTF-8. */
@Component
class Mailer {

    /** Names the outbox row a message belongs to, for whoever reads the headers. */
    static final String KEY_HEADER = "X-Callcentre-Notification";

    /**
     * Jakarta Mail 2.1 finds its stream provider with a ServiceLoader scan of the class path on
     * every MIME part, multipart and encoded word it makes (jakartaee/mail-api#699, #861): in the
     * packaged jar's nested jars that was a tenth of the application's CPU under the lifecycle
     * load (docs/performance.md). Named by this system property, it is one class lookup by name.
     * The lookup goes through the thread's context class loader first, and with the property set
     * it does not fall back: mail must be made on threads whose context loader sees the
     * application's jars (web, job executor and scheduler threads do; the common fork-join
     * pool's, in the packaged jar, does not).
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        System.getProperties().putIfAbsent(STREAM_PROVIDER, MailStreamProvider.class.getName());
    }

    private final JavaMailSender sender;
    private final NotificationSettings settings;

    Mailer(JavaMailSender sender, NotificationSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    /**
     * Sends one queued message under a Message-ID of its own outbox row: should a node die after
     * the server took it but before the row says SENT, the other node's resend carries the same
     * Message-ID, which mail servers and clients show once (docs/operations.md).
     */
    void send(MailOutbox.Queued queued) {
        Mail mail = queued.mail();
        MailOutbox.Key key = queued.key();
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            helper.setSentDate(java.util.Date.from(BusinessClock.now()));
            message.setHeader(KEY_HEADER, String.join(" ", key.ticketNo(), key.orderKey(), key.event()));
            // Spring keeps a Message-ID set before sending instead of generating one.
            message.setHeader("Message-ID", messageId(queued.id(), key.ticketNo()));
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
    }

    private String messageId(long outboxId, String ticketNo) {
        String from = settings.from();
        String domain = from.substring(from.lastIndexOf('@') + 1).replace(">", "").trim();
        return "<outbox-" + outboxId + "." + ticketNo + "@" + domain + ">";
    }
}
