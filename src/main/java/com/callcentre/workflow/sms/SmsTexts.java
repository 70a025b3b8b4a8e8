package com.callcentre.workflow.sms;

import com.callcentre.workflow.system.BusinessClock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The customer's texts, from {@code sms.texts.*}. CP-13: a text can name staff by their staff
 * number (工号: the user id staff log in with) and by nothing else; the only values a template can
 * reach are the ticket number, the deadline and that number, so no name, note or description
 * can reach the customer. A template with any other placeholder stops the start.
 */
@Component
class SmsTexts {

    enum Kind { REGISTERED, ANSWERED, CLOSED, CLOSED_UNREACHABLE }

    /** The values a customer's text may show (CP-13: a staff number, never a name). */
    static final Set<String> PLACEHOLDERS = Set.of("ticketNo", "deadline", "staffNo");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    /** A Chinese text of more than 70 characters is sent as several; 150 is the most we allow. */
    static final int MAX_LENGTH = 150;

    private final Map<Kind, String> templates = new EnumMap<>(Kind.class);
    private final BusinessClock clock;

    SmsTexts(SmsSettings settings, BusinessClock clock) {
        this.clock = clock;
        SmsSettings.Texts texts = settings.texts();
        templates.put(Kind.REGISTERED, checked("registered", texts.registered()));
        templates.put(Kind.ANSWERED, checked("answered", texts.answered()));
        templates.put(Kind.CLOSED, checked("closed", texts.closed()));
        templates.put(Kind.CLOSED_UNREACHABLE, checked("closed-unreachable", texts.closedUnreachable()));
    }

    private static String checked(String name, String template) {
        String text = template == null ? "" : template.strip();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new IllegalStateException("sms.texts." + name + ": {" + m.group(1) + "} is no placeholder of a "
                        + "customer's text; only " + PLACEHOLDERS + " (CP-13: staff by their staff number only)");
            }
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalStateException("sms.texts." + name + " is longer than " + MAX_LENGTH + " characters");
        }
        return text;
    }

    /**
     * The text of this kind for the ticket; empty when the kind's template is empty (switched off).
     *
     * @param staffNo  the staff number to show, or null
     * @param deadline SL-1's deadline, or null
     */
    Optional<String> render(Kind kind, String ticketNo, String staffNo, OffsetDateTime deadline) {
        String template = templates.get(kind);
        if (template.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> values = Map.of(
                "ticketNo", ticketNo,
                "staffNo", staffNo == null ? "" : staffNo,
                "deadline", deadline == null ? "" : DEADLINE.format(deadline.atZoneSameInstant(clock.zone())));
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        return Optional.of(m.appendTail(out).toString());
    }
}
