package com.callcentre.workflow.notification;

import com.callcentre.workflow.attendance.AttendancePublished;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.notification.StaffDirectory.Person;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mail of the monthly attendance register's publication (seed 001 考勤: 每月公布一次), queued in
 * the outbox inside the process step that publishes it, like every notice: the publication key
 * ({@code KQ203011}) in the ticket-number column.
 * <ul>
 * <li>ATTENDANCE_LINE: each person their own line only, never anyone else's (CP-9: personal data
 * only where the reader needs it); the order column holds the person's user id, so each line is
 * queued once;</li>
 * <li>ATTENDANCE_REGISTER: the duty leaders and the cs-director the register's totals and a link to
 * the published register's CSV ({@code /api/attendance/published.csv}), once per address.</li>
 * </ul>
 * A person without an e-mail address is left out with a warning.
 */
@Component
class AttendanceMail {

    private static final Logger LOG = LoggerFactory.getLogger(AttendanceMail.class);
    /** Who reads the whole register. */
    static final List<String> REGISTER_READERS = List.of(StaffGroups.DUTY_LEADER, StaffGroups.CS_DIRECTOR);

    private final StaffDirectory directory;
    private final NoticeMailer mailer;
    private final NotificationSettings settings;

    AttendanceMail(StaffDirectory directory, NoticeMailer mailer, NotificationSettings settings) {
        this.directory = directory;
        this.mailer = mailer;
        this.settings = settings;
    }

    @EventListener
    void on(AttendancePublished published) {
        for (AttendancePublished.PersonLine line : published.lines()) {
            Person person = directory.person(line.employee()).filter(p -> p.email() != null && !p.email().isBlank())
                    .orElse(null);
            if (person == null) {
                LOG.warn("User {} has no e-mail address: not mailed their attendance of {}", line.employee(),
                        published.month());
                continue;
            }
            Map<String, String> values = values(published, person.name());
            values.put("employee", line.employee());
            values.put("employeeName", line.name());
            values.put("figures", figures(line.figures()));
            queue(NotificationEvent.ATTENDANCE_LINE, published.publicationKey(), line.employee(), person, values);
        }
        Map<String, Person> readers = new LinkedHashMap<>();
        for (String group : REGISTER_READERS) {
            directory.members(group).stream().filter(p -> p.email() != null && !p.email().isBlank())
                    .forEach(p -> readers.putIfAbsent(p.email().trim().toLowerCase(Locale.ROOT), p));
        }
        for (Person reader : readers.values()) {
            Map<String, String> values = values(published, reader.name());
            values.put("figures", figures(published.totals()));
            values.put("csvLink", settings.baseUrl() + "/api/attendance/published.csv?month="
                    + URLEncoder.encode(published.month(), StandardCharsets.UTF_8));
            queue(NotificationEvent.ATTENDANCE_REGISTER, published.publicationKey(), "-", reader, values);
        }
    }

    private static Map<String, String> values(AttendancePublished published, String recipientName) {
        Map<String, String> values = new HashMap<>();
        values.put("publicationKey", published.publicationKey());
        values.put("monthText", published.monthText());
        values.put("recipientName", recipientName);
        return values;
    }

    private static String figures(List<AttendancePublished.Figure> figures) {
        return figures.stream().map(f -> f.label() + "：" + f.value()).collect(Collectors.joining("\n"));
    }

    private void queue(NotificationEvent event, String key, String orderKey, Person to, Map<String, String> values) {
        mailer.queue(event, key, orderKey, to.email(), values);
    }
}
