package com.callcentre.workflow.integrity;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The engine REST API's refusals in Chinese, as staff read them in Tasklist, Cockpit or a client of
 * {@code /engine-rest}: the engine's authorization refusal ("The user with id ... does not have one
 * of the following permissions: ...") names the permission and the kind of resource that is missing,
 * never the resource's id nor the user's; Camunda's "No matching ... definition" and "... with id
 * ... does not exist", "No ... found for id" and "Cannot find ... with id" say what was not found. A refusal already in Chinese (the product's own, e.g. {@link CommandGate}'s) is kept as it
 * is. The status stays Camunda's; {@link EngineRestAnswers} sends it.
 */
final class EngineRefusals {

    static final String FORBIDDEN = "无权执行此操作";

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    /** Camunda's "No matching process definition with key: x and no tenant-id", "No matching task with id x", ... */
    private static final Pattern NO_MATCHING = Pattern.compile(
            "^No matching (rendered start form for process definition|rendered form for task|process definition"
                    + "|decision requirements definition|decision definition|case definition|definition|incident|task)"
                    + " with\\b");
    private static final Map<String, String> NOT_FOUND = Map.of(
            "rendered start form for process definition", "流程的开始表单",
            "rendered form for task", "任务表单",
            "process definition", "流程定义",
            "definition", "流程定义",
            "decision requirements definition", "决策需求图",
            "decision definition", "决策表",
            "case definition", "案例定义",
            "incident", "故障",
            "task", "任务");
    /** Camunda's "Historic process instance with id x does not exist", "Task with id 'x' does not exist." ... */
    private static final Pattern DOES_NOT_EXIST = Pattern.compile(
            "^([A-Za-z ]{1,60}?) with id '?[^ ']*'? does not exist\\.?$");
    /** Camunda's "No process instance found for id 'x': ...", "Cannot complete task x: Cannot find task with id x: ..." */
    private static final Pattern NOT_FOUND_FOR_ID = Pattern.compile(
            "^No ([A-Za-z ]{1,60}?) found for id\\b|\\bCannot find ([A-Za-z ]{1,60}?) with id\\b");
    /** Camunda's REST API in front of a refusal already in Chinese: "Cannot complete task x: 任务 x 不存在或已结束". */
    private static final Pattern WRAPPED = Pattern.compile("^Cannot [a-z ]+ [^:]{0,80}: (\\p{IsHan}.*)$", Pattern.DOTALL);
    private static final Map<String, String> KINDS = Map.of(
            "historic process instance", "历史流程实例",
            "process instance", "流程实例",
            "historic task instance", "历史任务",
            "task", "任务",
            "deployment", "部署",
            "process definition", "流程定义",
            "execution", "执行",
            "job", "作业",
            "incident", "故障",
            "batch", "批量操作");
    private static final Map<Resources, String> RESOURCES = new EnumMap<>(Resources.class);
    private static final Map<String, String> PERMISSIONS = Map.ofEntries(
            Map.entry("ALL", "全部"), Map.entry("READ", "读取"), Map.entry("UPDATE", "修改"),
            Map.entry("CREATE", "创建"), Map.entry("DELETE", "删除"), Map.entry("ACCESS", "访问"),
            Map.entry("READ_TASK", "读取任务"), Map.entry("UPDATE_TASK", "修改任务"),
            Map.entry("CREATE_INSTANCE", "发起实例"), Map.entry("READ_INSTANCE", "读取实例"),
            Map.entry("UPDATE_INSTANCE", "修改实例"), Map.entry("DELETE_INSTANCE", "删除实例"),
            Map.entry("MIGRATE_INSTANCE", "迁移实例"), Map.entry("READ_HISTORY", "读取历史"),
            Map.entry("DELETE_HISTORY", "删除历史"), Map.entry("TASK_WORK", "办理任务"),
            Map.entry("TASK_ASSIGN", "指派任务"), Map.entry("SUSPEND", "挂起"),
            Map.entry("SUSPEND_INSTANCE", "挂起实例"), Map.entry("UPDATE_VARIABLE", "修改变量"),
            Map.entry("UPDATE_INSTANCE_VARIABLE", "修改实例变量"), Map.entry("UPDATE_TASK_VARIABLE", "修改任务变量"),
            Map.entry("READ_VARIABLE", "读取变量"), Map.entry("READ_INSTANCE_VARIABLE", "读取实例变量"),
            Map.entry("READ_TASK_VARIABLE", "读取任务变量"), Map.entry("READ_HISTORY_VARIABLE", "读取历史变量"),
            Map.entry("RETRY_JOB", "重试作业"));

    static {
        RESOURCES.put(Resources.APPLICATION, "应用");
        RESOURCES.put(Resources.USER, "用户");
        RESOURCES.put(Resources.GROUP, "用户组");
        RESOURCES.put(Resources.GROUP_MEMBERSHIP, "用户组成员");
        RESOURCES.put(Resources.AUTHORIZATION, "授权");
        RESOURCES.put(Resources.FILTER, "任务过滤器");
        RESOURCES.put(Resources.PROCESS_DEFINITION, "流程定义");
        RESOURCES.put(Resources.TASK, "任务");
        RESOURCES.put(Resources.PROCESS_INSTANCE, "流程实例");
        RESOURCES.put(Resources.DEPLOYMENT, "部署");
        RESOURCES.put(Resources.DECISION_DEFINITION, "决策表");
        RESOURCES.put(Resources.TENANT, "租户");
        RESOURCES.put(Resources.TENANT_MEMBERSHIP, "租户成员");
        RESOURCES.put(Resources.BATCH, "批量操作");
        RESOURCES.put(Resources.DECISION_REQUIREMENTS_DEFINITION, "决策需求图");
        RESOURCES.put(Resources.REPORT, "报表");
        RESOURCES.put(Resources.DASHBOARD, "仪表板");
        RESOURCES.put(Resources.OPERATION_LOG_CATEGORY, "操作日志");
        RESOURCES.put(Resources.HISTORIC_TASK, "历史任务");
        RESOURCES.put(Resources.HISTORIC_PROCESS_INSTANCE, "历史流程实例");
        RESOURCES.put(Resources.SYSTEM, "系统");
    }

    private EngineRefusals() {
    }

    /**
     * The refusal in Chinese, if this is one Camunda words in English: an authorization refusal
     * anywhere among the causes, or a definition, task or incident that was not found.
     */
    static Optional<String> inChinese(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthorizationException refusal) {
                return Optional.of(forbidden(refusal));
            }
        }
        String message = exception.getMessage();
        Matcher wrapped = message == null ? null : WRAPPED.matcher(message);
        if (wrapped != null && wrapped.matches()) {
            return Optional.of(wrapped.group(1)); // the product's own words behind Camunda's English prefix
        }
        return notFound(message);
    }

    /** Which permission is missing on which kind of resource; the engine's alternatives joined by 或. */
    static String forbidden(AuthorizationException refusal) {
        if (refusal.getMessage() != null && CHINESE.matcher(refusal.getMessage()).find()) {
            return refusal.getMessage();
        }
        Set<String> missing = new LinkedHashSet<>();
        if (refusal.getMissingAuthorizations() != null) {
            for (MissingAuthorization authorization : refusal.getMissingAuthorizations()) {
                missing.add("对" + resource(authorization.getResourceType()) + "的「"
                        + permission(authorization.getViolatedPermissionName()) + "」权限");
            }
        }
        return missing.isEmpty() ? FORBIDDEN : FORBIDDEN + "：需要" + String.join("，或", missing)
                + "。如确需办理，请联系管理员";
    }

    /**
     * "未找到该流程定义…" for Camunda's "No matching ... with ..." and "... with id ... does not exist";
     * the key or id asked for is not repeated.
     */
    static Optional<String> notFound(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher matcher = NO_MATCHING.matcher(message);
        if (matcher.find()) {
            return Optional.of("未找到该" + NOT_FOUND.get(matcher.group(1)) + "：它不存在，或您无权查看");
        }
        matcher = DOES_NOT_EXIST.matcher(message);
        if (matcher.find()) {
            return Optional.of(notFoundKind(matcher.group(1)));
        }
        matcher = NOT_FOUND_FOR_ID.matcher(message);
        if (matcher.find()) {
            return Optional.of(notFoundKind(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)));
        }
        return Optional.empty();
    }

    private static String notFoundKind(String kind) {
        return "未找到该" + KINDS.getOrDefault(kind.toLowerCase(java.util.Locale.ROOT), "记录") + "：它不存在，或您无权查看";
    }

    private static String resource(String name) {
        for (Resources resource : Resources.values()) {
            if (resource.resourceName().equals(name) && RESOURCES.containsKey(resource)) {
                return RESOURCES.get(resource);
            }
        }
        return "该资源";
    }

    private static String permission(String name) {
        return name == null ? "相应" : PERMISSIONS.getOrDefault(name, name);
    }
}
