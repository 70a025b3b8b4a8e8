package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.Departments;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A ticket's trail as the forms show it (task-local {@value #VARIABLE}, markdown): one line per
 * step, "时间 · 步骤 · 人 · 结果 · 说明", times in the business zone, outcomes in Chinese.
 * A department's task gets only its own order's lines (CP-9 and "who sees what": nothing of
 * another department's order, docs/authorization.md). Public for the daily audit's form (quality,
 * CP-8), which shows the closed ticket's trail to the complaint manager.
 */
@Component
public class TrailText {

    static final String VARIABLE = "trailText";
    /** Enough for a decision; a longer trail shows its latest lines (the whole is in the API and Cockpit). */
    static final int SHOWN = 30;
    private static final int DETAIL_LENGTH = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Steps about the ticket as a whole that a department may see; their details may name other departments. */
    private static final List<String> TICKET_STEPS_FOR_DEPARTMENTS = List.of("registerTicket", "dispatch");

    private static final Map<String, String> OUTCOMES = Map.ofEntries(
            Map.entry("CONSULTATION", "咨询"), Map.entry("SERVICE_REQUEST", "业务受理"), Map.entry("COMPLAINT", "投诉"),
            Map.entry("COMPLETED", "完成"), Map.entry("RESOLVED", "已回单"), Map.entry("SENT_BACK", "退单"),
            Map.entry("NEED_INFO", "需客户补充信息"), Map.entry("SATISFIED", "满意"), Map.entry("UNSATISFIED", "不满意"),
            Map.entry("UNREACHABLE", "无法联系"), Map.entry("REDISPATCH", "重新派单"), Map.entry("ARCHIVE", "直接归档"),
            Map.entry("IN_TIME", "按时受理"), Map.entry("LATE", "超时受理"), Map.entry("PAUSED", "暂停计时"),
            Map.entry("RESUMED", "恢复计时"), Map.entry("REMINDED", "已提醒"), Map.entry("LEVEL_1", "一级督办"),
            Map.entry("LEVEL_2", "二级督办"), Map.entry("LEVEL_3", "三级督办"),
            Map.entry("NO_LEADER_ON_DUTY", "无当班值班长"), Map.entry("REOPENED", "重开"), Map.entry("ARCHIVED", "已归档"),
            Map.entry("CLOSED_UNREACHABLE", "无法联系结案"), Map.entry("READ", "已查看"), Map.entry("ERASED", "已销毁"),
            Map.entry("CANNOT_SOLVE", "坐席无法解决"), Map.entry("DIFFICULT_CUSTOMER", "客户故意刁难"),
            Map.entry("DISPATCH", "转派单处理"), Map.entry("SETTLED", "值班长已处理"), Map.entry("REFERRED", "提交投诉管理员"),
            Map.entry("PASS", "审核合格"), Map.entry("FAIL", "审核不合格"),
            Map.entry("MERGED", "已合并"), Map.entry("MERGED_FROM", "并入重复工单"), Map.entry("LINKED", "关联工单"));

    private final TicketTrail trail;
    private final Departments departments;
    private final BusinessClock settings;

    TrailText(TicketTrail trail, Departments departments, BusinessClock settings) {
        this.trail = trail;
        this.departments = departments;
        this.settings = settings;
    }

    /** Every step of the ticket: for the centre's own staff. */
    public String of(String ticketNo) {
        return lines(trail.of(ticketNo), null);
    }

    /** A department's view: the ticket's registration and dispatch, and what happened to its own order. */
    String forDepartment(String ticketNo, String department) {
        String name = departments.nameOf(department);
        List<TicketTrail.Entry> own = trail.of(ticketNo).stream()
                .filter(e -> TICKET_STEPS_FOR_DEPARTMENTS.contains(e.step()) || about(e, name)).toList();
        return lines(own, name);
    }

    private static boolean about(TicketTrail.Entry entry, String departmentName) {
        return entry.detail() != null
                && (entry.detail().equals(departmentName) || entry.detail().startsWith(departmentName + "："));
    }

    private String lines(List<TicketTrail.Entry> entries, String department) {
        List<TicketTrail.Entry> shown = entries.subList(Math.max(0, entries.size() - SHOWN), entries.size());
        String text = shown.stream().map(e -> line(e, department)).collect(Collectors.joining("\n"));
        return entries.size() > SHOWN ? "（共 " + entries.size() + " 条，仅显示最近 " + SHOWN + " 条）\n" + text : text;
    }

    private String line(TicketTrail.Entry e, String department) {
        StringBuilder line = new StringBuilder("- ")
                .append(TIME.format(e.occurredAt().atZoneSameInstant(settings.zone())))
                .append(" · ").append(e.stepName())
                .append(" · ").append(TicketTrail.SYSTEM.equals(e.actor()) ? "系统" : e.actor())
                .append(" · ").append(outcome(e));
        String detail = detail(e, department);
        if (detail != null) {
            line.append(" · ").append(detail);
        }
        return line.toString();
    }

    private static String outcome(TicketTrail.Entry e) {
        if ("reviewReceipt".equals(e.step())) {
            return "true".equals(e.outcome()) ? "回单合格" : "回单不合格";
        }
        return OUTCOMES.getOrDefault(e.outcome(), String.valueOf(e.outcome()));
    }

    /** One line of plain text: markdown of a receipt must not break the list. */
    private String detail(TicketTrail.Entry e, String department) {
        String detail = e.detail();
        if (detail == null || detail.isBlank()) {
            return null;
        }
        if ("dispatch".equals(e.step())) {
            // Which other departments got the ticket is not a department's business.
            if (department != null) {
                return null;
            }
            if (detail.startsWith("[")) {
                detail = DispatchPlan.codes(detail).stream().map(departments::nameOf).collect(Collectors.joining("、"));
            }
        }
        String flat = detail.replaceAll("\\s+", " ").trim();
        return flat.length() <= DETAIL_LENGTH ? flat : flat.substring(0, DETAIL_LENGTH - 1) + "…";
    }
}
