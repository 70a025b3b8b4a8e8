package com.callcentre.workflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The mail templates under {@code templates/mail/}: per event a plain-text one (first line the
 * subject) and an HTML one, plus {@code texts.properties}. A deliberately small engine:
 * {@code {{name}}} is replaced by its value, HTML-escaped in the HTML template; a line with a
 * placeholder whose value is empty is left out, so an optional fact (a deadline, the major
 * flag) sits on a line of its own. An unknown name is an error, not an empty gap.
 */
@Component
class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");
    private static final String ROOT = "templates/mail/";

    record Rendered(String subject, String text, String html) {
    }

    private record Template(String subject, String text, String html) {
    }

    private final Map<NotificationEvent, Template> templates = new EnumMap<>(NotificationEvent.class);
    private final Properties texts = new Properties();

    /** Reads every template at start, so a missing one stops the application, not a job. */
    MailTemplates() {
        for (NotificationEvent event : NotificationEvent.values()) {
            String name = ROOT + event.name().toLowerCase(Locale.ROOT);
            String text = read(name + ".txt");
            int firstLineEnd = text.indexOf('\n');
            templates.put(event, new Template(text.substring(0, firstLineEnd).trim(),
                    text.substring(firstLineEnd + 1), read(name + ".html")));
        }
        try (InputStream in = resource(ROOT + "texts.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Rendered render(NotificationEvent event, Map<String, String> values) {
        Template template = templates.get(event);
        return new Rendered(fill(template.subject(), values, false, false), fill(template.text(), values, false, true),
                fill(template.html(), values, true, true));
    }

    /** A text of {@code texts.properties}, or {@code null}. */
    String text(String key) {
        return texts.getProperty(key);
    }

    /**
     * @param html      escape the values for HTML
     * @param dropLines leave out a line with a placeholder whose value is empty
     */
    static String fill(String template, Map<String, String> values, boolean html, boolean dropLines) {
        StringBuilder out = new StringBuilder(template.length() + 256);
        for (String line : template.split("\n", -1)) {
            Matcher m = PLACEHOLDER.matcher(line);
            StringBuilder filled = new StringBuilder();
            boolean gap = false;
            while (m.find()) {
                String name = m.group(1);
                if (!values.containsKey(name)) {
                    throw new IllegalArgumentException("邮件模板的未知占位符 {{" + name + "}}");
                }
                String value = values.get(name) == null ? "" : values.get(name);
                gap |= value.isEmpty();
                m.appendReplacement(filled, Matcher.quoteReplacement(html ? escape(value) : value));
            }
            m.appendTail(filled);
            if (!(dropLines && gap)) {
                out.append(filled).append('\n');
            }
        }
        return out.substring(0, out.length() - 1);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String read(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("邮件模板缺失: classpath:" + name);
        }
        return in;
    }
}
