package com.callcentre.workflow.notification;

import com.callcentre.workflow.system.ComplaintSettings;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/demo/mail} (demo profile): the mail the demo SMTP server caught, newest
 * first, as a plain Chinese page. Behind {@code /api}'s login, like everything there: the
 * messages carry ticket facts (masked, CP-9), not for anonymous eyes.
 */
@RestController
@Profile("demo")
class DemoMailPage {

    private static final Pattern LINK = Pattern.compile("(https?://[^\\s<\"]+)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ObjectProvider<DemoMailServer> server;
    private final ComplaintSettings settings;

    DemoMailPage(ObjectProvider<DemoMailServer> server, ComplaintSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    @GetMapping(value = "/api/demo/mail", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String page() {
        DemoMailServer running = server.getIfAvailable();
        if (running == null) {
            return render(List.of(), "内置演示邮件服务器未启动（notification.demo-mail-server.enabled=false），"
                    + "邮件发往 spring.mail.host 指定的服务器。", settings.getBusinessZone());
        }
        return render(running.caught(), "演示环境中，应用发出的邮件不会真正寄出：内置 SMTP 服务器（127.0.0.1:"
                + running.port() + "）把它们收在内存里，显示在这里，重启后清空。", settings.getBusinessZone());
    }

    static String render(List<CaughtMail> mails, String note, ZoneId zone) {
        List<CaughtMail> newestFirst = new ArrayList<>(mails);
        Collections.reverse(newestFirst); // arrival order, so equal times stay newest first
        newestFirst.sort(Comparator.comparing(CaughtMail::time).reversed());
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head><meta charset="UTF-8"><title>演示邮件</title>
                <style>body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}
                table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:6px;vertical-align:top;text-align:left}
                td.time{white-space:nowrap}th{background:#f3f3f3}pre{white-space:pre-wrap;margin:0;font-family:inherit}</style></head>
                <body>
                """).append("<h1>演示邮件（共 ").append(newestFirst.size()).append(" 封）</h1>\n<p>")
                .append(MailTemplates.escape(note)).append("</p>\n");
        if (newestFirst.isEmpty()) {
            html.append("<p>还没有邮件。派发一张督办单后，部门会收到通知。</p>\n");
        } else {
            html.append("<table>\n<tr><th>时间</th><th>收件人</th><th>主题</th><th>正文</th></tr>\n");
            for (CaughtMail mail : newestFirst) {
                html.append("<tr><td class=\"time\">").append(TIME.format(mail.time().atZone(zone)))
                        .append("</td><td>").append(MailTemplates.escape(nonNull(mail.to())))
                        .append("</td><td>").append(MailTemplates.escape(nonNull(mail.subject())))
                        .append("</td><td><pre>").append(linked(MailTemplates.escape(nonNull(mail.text()))))
                        .append("</pre></td></tr>\n");
            }
            html.append("</table>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** The Tasklist link of a message, clickable on the page. */
    private static String linked(String escaped) {
        return LINK.matcher(escaped).replaceAll("<a href=\"$1\">$1</a>");
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
