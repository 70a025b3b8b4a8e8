package com.callcentre.workflow.notification;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.Departments;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Groups;
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
    private final BusinessClock settings;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;
    private final Departments departments;
    private final NotificationSettings notification;

    DemoMailPage(ObjectProvider<DemoMailServer> server, BusinessClock settings, CurrentUser currentUser,
            StaffDirectory staff, Departments departments, NotificationSettings notification) {
        this.server = server;
        this.settings = settings;
        this.currentUser = currentUser;
        this.staff = staff;
        this.departments = departments;
        this.notification = notification;
    }

    @GetMapping(value = "/api/demo/mail", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String page() {
        DemoMailServer running = server.getIfAvailable();
        if (running == null) {
            return render(List.of(), "内置演示邮件服务器未启动（notification.demo-mail-server.enabled=false），"
                    + "邮件发往 spring.mail.host 指定的服务器。", settings.zone(), notification.baseUrl());
        }
        Predicate<CaughtMail> mayRead = readableByCurrentUser();
        return render(running.caught().stream().filter(mayRead).toList(), "演示环境中，应用发出的邮件不会真正寄出：内置 SMTP 服务器（127.0.0.1:"
                + running.port() + "）把它们收在内存里，显示在这里，重启后清空。只显示发给您本人或您所在部门邮箱的邮件"
                + "（系统管理员可见全部）。", settings.zone(), notification.baseUrl());
    }

    /**
     * CP-9: a liaison reads their department's mail, anyone their own; administrators all of it.
     * The addresses are the user's e-mail and the mailboxes of the departments whose group they are in.
     */
    private Predicate<CaughtMail> readableByCurrentUser() {
        Optional<String> user = currentUser.id();
        if (user.isEmpty()) {
            return mail -> false;
        }
        if (currentUser.isIn(Groups.CAMUNDA_ADMIN)) {
            return mail -> true;
        }
        Set<String> addresses = new HashSet<>();
        staff.person(user.get()).map(StaffDirectory.Person::email).filter(e -> e != null && !e.isBlank())
                .map(e -> e.toLowerCase(Locale.ROOT)).ifPresent(addresses::add);
        departments.departments().stream().filter(d -> currentUser.isIn(d.group()))
                .forEach(d -> addresses.add(d.mailbox().toLowerCase(Locale.ROOT)));
        return mail -> mail.to() != null && Arrays.stream(mail.to().toLowerCase(Locale.ROOT).split("[,;\\s]+"))
                .map(a -> a.replaceAll(".*<|>.*", "")).anyMatch(addresses::contains);
    }

    static String render(List<CaughtMail> mails, String note, ZoneId zone, String baseUrl) {
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
                        .append("</td><td><pre>").append(linked(MailTemplates.escape(nonNull(mail.text())), baseUrl))
                        .append("</pre></td></tr>\n");
            }
            html.append("</table>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /**
     * The Tasklist link of a message, clickable on the page: only links into this application
     * (notification.base-url); any other address, say one typed into a description, stays text.
     */
    private static String linked(String escaped, String baseUrl) {
        Matcher m = LINK.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(url.startsWith(baseUrl + "/")
                    ? "<a href=\"" + url + "\">" + url + "</a>" : url));
        }
        return m.appendTail(out).toString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
