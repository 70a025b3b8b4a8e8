package com.callcentre.workflow.complaint;

import java.util.Map;

/**
 * The trail's and the outbox's outcome codes as staff say them (CP-8). One list for every reader:
 * the answers carry the name beside the code, so neither the Cockpit tab 工单轨迹 nor the search
 * page keeps a copy of its own.
 */
public final class TrailOutcomes {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("COMPLAINT", "投诉"),
            Map.entry("CONSULTATION", "咨询"),
            Map.entry("SERVICE_REQUEST", "业务受理"),
            Map.entry("COMPLETED", "已完成"),
            Map.entry("RESOLVED", "已回单"),
            Map.entry("SENT_BACK", "退单"),
            Map.entry("NEED_INFO", "需客户补充信息"),
            Map.entry("IN_TIME", "按时"),
            Map.entry("LATE", "超过受理时限"),
            Map.entry("REMINDED", "已提醒"),
            Map.entry("PAUSED", "已暂停"),
            Map.entry("RESUMED", "已恢复"),
            Map.entry("NO_LEADER_ON_DUTY", "无当班值班长"),
            Map.entry("SATISFIED", "满意"),
            Map.entry("UNSATISFIED", "不满意"),
            Map.entry("UNREACHABLE", "无法联系"),
            Map.entry("REDISPATCH", "重新派单"),
            Map.entry("ARCHIVE", "作结论归档"),
            Map.entry("ARCHIVED", "已归档"),
            Map.entry("CLOSED_UNREACHABLE", "无法联系结案"),
            Map.entry("MERGED", "已合并"),
            Map.entry("MERGED_FROM", "并入重复工单"),
            Map.entry("LINKED", "关联工单"),
            Map.entry("REOPENED", "重开"),
            Map.entry("SENT", "已发送"),
            Map.entry("PENDING", "待发送"),
            Map.entry("SENDING", "发送中"),
            Map.entry("FAILED", "发送失败"),
            Map.entry("READ", "已查看"),
            Map.entry("ERASED", "已销毁"),
            Map.entry("CANNOT_SOLVE", "坐席无法解决"),
            Map.entry("DIFFICULT_CUSTOMER", "客户故意刁难"),
            Map.entry("DISPATCH", "转派单处理"),
            Map.entry("SETTLED", "值班长已处理"),
            Map.entry("REFERRED", "提交投诉管理员"),
            Map.entry("PASS", "审核合格"),
            Map.entry("FAIL", "审核不合格"));

    /** Steps whose outcome is a yes or a no, and what each means there. */
    private static final Map<String, String[]> YES_NO = Map.of("reviewReceipt", new String[] {"回单合格", "回单不合格"});

    private TrailOutcomes() {
    }

    /** The outcome's name for staff; an unknown code as it is, none for none. */
    public static String nameOf(String step, String outcome) {
        if (outcome == null || outcome.isEmpty()) {
            return null;
        }
        if (outcome.startsWith("LEVEL_")) {
            return "第" + outcome.substring("LEVEL_".length()) + "级";
        }
        if (outcome.equals("true") || outcome.equals("false")) {
            String[] names = YES_NO.getOrDefault(step, new String[] {"是", "否"});
            return names[outcome.equals("true") ? 0 : 1];
        }
        return NAMES.getOrDefault(outcome, outcome);
    }
}
