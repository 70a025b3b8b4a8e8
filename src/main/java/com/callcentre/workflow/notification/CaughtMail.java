package com.callcentre.workflow.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.stream.Collectors;

/** A message as the demo page shows it: when, to whom, subject, plain-text body. */
record CaughtMail(Instant time, String to, String subject, String text) {

    static CaughtMail of(MimeMessage message) {
        try {
            Date when = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
            var to = message.getRecipients(Message.RecipientType.TO);
            return new CaughtMail(when == null ? Instant.EPOCH : when.toInstant(),
                    to == null ? "" : Arrays.stream(to).map(Object::toString).collect(Collectors.joining(", ")),
                    message.getSubject(), plainText(message));
        } catch (MessagingException | IOException e) {
            return new CaughtMail(Instant.EPOCH, "", "（无法读取的邮件）", e.toString());
        }
    }

    /** The first text/plain part, looking into multiparts (mixed, related, alternative). */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = plainText(body);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
