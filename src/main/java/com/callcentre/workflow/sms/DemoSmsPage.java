package com.callcentre.workflow.sms;

import com.callcentre.workflow.complaint.PhoneHash;
import com.callcentre.workflow.system.BusinessClock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /api/demo/sms} (demo profile), beside {@code /api/demo/mail}: the texts the demo
 * gateway caught, newest first, and the outbox's latest rows with their state (pending, sent,
 * retried, given up), as a plain Chinese page behind {@code /api}'s login. The numbers are masked
 * (CP-9: 138****8000); the texts carry the ticket number and staff numbers only (CP-13); all of it
 * escaped, shown as typed.
 */
@RestController
@Profile("demo")
class DemoSmsPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final int ROWS = 200;
    private static final Map<SmsOutbox.Status, String> STATUS = Map.of(
            SmsOutbox.Status.PENDING, "待发送", SmsOutbox.Status.SENDING, "发送中", SmsOutbox.Status.SENT, "已发送",
            SmsOutbox.Status.FAILED, "发送失败（已放弃）", SmsOutbox.Status.DROPPED, "未发送（无手机号）");
    private static final Map<SmsTexts.Kind, String> KIND = Map.of(
            SmsTexts.Kind.REGISTERED, "受理", SmsTexts.Kind.ANSWERED, "有处理结果",
            SmsTexts.Kind.CLOSED, "归档", SmsTexts.Kind.CLOSED_UNREACHABLE, "无法联系结案");

    private final ObjectProvider<DemoSmsGateway> gateway;
    private final SmsOutbox outbox;
    private final BusinessClock clock;
    private final SmsSettings settings;

    DemoSmsPage(ObjectProvider<DemoSmsGateway> gateway, SmsOutbox outbox, BusinessClock clock, SmsSettings settings) {
        this.gateway = gateway;
        this.outbox = outbox;
        this.clock = clock;
        this.settings = settings;
    }

    @GetMapping(value = "/api/demo/sms", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String page() {
        DemoSmsGateway demo = gateway.getIfAvailable();
        List<DemoSmsGateway.Caught> caught = new ArrayList<>(demo == null ? List.of() : demo.caught());
        Collections.reverse(caught); // newest first
        String note = demo == null
                ? "短信经 sms.gateway=" + settings.gateway() + " 发送，不在本页截留；下表为发送队列的状态。"
                : "演示环境中，发给客户的短信不会真正发出：演示短信网关把它们收在内存里，显示在这里，重启后清空。"
                        + "号码已打码。短信每 10 秒左右发送一次。";
        return render(caught, outbox.latest(ROWS), note, clock.zone());
    }

    static String render(List<DemoSmsGateway.Caught> caught, List<SmsOutbox.Row> rows, String note, ZoneId zone) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head><meta charset="UTF-8"><title>演示短信</title>
                <style>body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}
                table{border-collapse:collapse;width:100%;margin-bottom:2em}th,td{border:1px solid #ccc;padding:6px;vertical-align:top;text-align:left}
                td.time{white-space:nowrap}th{background:#f3f3f3}</style></head>
                <body>
                """).append("<h1>演示短信（共 ").append(caught.size()).append(" 条）</h1>\n<p>")
                .append(esc(note)).append("</p>\n<p><a href=\"/api/demo/mail\">演示邮件</a></p>\n");
        if (caught.isEmpty()) {
            html.append("<p>还没有短信。登记一张留有手机号的投诉工单后，客户会收到受理短信。</p>\n");
        } else {
            html.append("<table>\n<tr><th>时间</th><th>手机号</th><th>短信内容</th></tr>\n");
            for (DemoSmsGateway.Caught sms : caught) {
                html.append("<tr><td class=\"time\">").append(time(sms.time(), zone)).append("</td><td>")
                        .append(esc(PhoneHash.masked(sms.to()))).append("</td><td>").append(esc(sms.text()))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("<h2>发送队列（最近 ").append(rows.size()).append(" 条）</h2>\n");
        html.append("<table>\n<tr><th>登记时间</th><th>工单号</th><th>类别</th><th>状态</th><th>尝试次数</th>"
                + "<th>下次尝试</th><th>发送时间</th><th>最近错误</th></tr>\n");
        for (SmsOutbox.Row row : rows) {
            html.append("<tr><td class=\"time\">").append(time(row.createdAt(), zone)).append("</td><td>")
                    .append(esc(row.ticketNo())).append("</td><td>").append(esc(KIND.get(row.kind())))
                    .append("</td><td>").append(esc(STATUS.get(row.status()))).append("</td><td>").append(row.attempts())
                    .append("</td><td class=\"time\">")
                    .append(row.status() == SmsOutbox.Status.PENDING ? time(row.nextAttemptAt(), zone) : "")
                    .append("</td><td class=\"time\">").append(time(row.sentAt(), zone)).append("</td><td>")
                    .append(esc(row.lastError())).append("</td></tr>\n");
        }
        return html.append("</table>\n</body>\n</html>\n").toString();
    }

    private static String time(OffsetDateTime at, ZoneId zone) {
        return at == null ? "" : time(at.toInstant(), zone);
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
