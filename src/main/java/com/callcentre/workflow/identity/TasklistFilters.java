package com.callcentre.workflow.identity;

import static com.callcentre.workflow.identity.StaffGroups.CENTER_DIRECTOR;
import static com.callcentre.workflow.identity.StaffGroups.CS_DIRECTOR;
import static com.callcentre.workflow.identity.StaffGroups.DUTY_LEADER;

import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.Departments;
import com.callcentre.workflow.system.ProcessKeys;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.task.TaskQuery;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;

/**
 * The Tasklist filters of the centre, in one table: name, what it selects, its order in the
 * list, the groups it is shared with and the variables it shows. {@link IdentitySetup} creates
 * or updates them at every start; {@link AccessPolicy} turns each row's groups into its FILTER
 * READ grants. What a filter lists is further cut by the task authorizations: a filter never
 * shows a task its user could not open.
 */
final class TasklistFilters {

    /** A variable shown on each task of the filter (Tasklist's "variables" property). */
    record Column(String name, String label) {
    }

    /**
     * One filter. {@code formerName}: the name an earlier release gave it, so that it is renamed
     * in place (same id, same grants) instead of left beside the new one.
     */
    record TasklistFilter(String name, String formerName, String description, int priority, String color,
            List<String> groups, UnaryOperator<TaskQuery> criteria, List<Column> columns) {

        /** The filter's properties as Tasklist reads them ({@code refresh} is its auto-refresh). */
        Map<String, Object> properties() {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("description", description);
            properties.put("priority", priority);
            if (color != null) {
                properties.put("color", color);
            }
            properties.put("refresh", true);
            properties.put("showUndefinedVariable", false);
            properties.put("variables", columns.stream()
                    .map(c -> Map.of("name", c.name(), "label", c.label())).toList());
            return properties;
        }
    }

    /** The function registered for filter expressions: Camunda's {@code dateTime()}, in a named zone. */
    static final String DATE_TIME_IN = "dateTimeIn";

    /** A ticket and its order: number, labels (not codes) and the order's deadline in the business zone. */
    static final List<Column> ORDER_COLUMNS = List.of(
            new Column("ticketNo", "工单号"),
            new Column("categoryLabel", "问题类别"),
            new Column("vipLevelLabel", "客户等级"),
            new Column("resolveDeadlineText", "处理时限"));
    /** The daily audit's tasks (CP-8): the ticket, its category and the people whose work is judged. */
    static final List<Column> AUDIT_COLUMNS = List.of(
            new Column("ticketNo", "工单号"),
            new Column("categoryLabel", "问题类别"),
            new Column("handlerName", "处理人"),
            new Column("ownerName", "首问责任人"),
            new Column("auditDayText", "归档日期"));
    /** The month's listenings (QA-1): whose call, which team, which slot of the quota. */
    static final List<Column> LISTENING_COLUMNS = List.of(
            new Column("agentName", "话务员"),
            new Column("teamName", "班组"),
            new Column("slotText", "抽听次数"));
    /** Leave and swap requests: what an approver needs to pick the right one. */
    static final List<Column> REQUEST_COLUMNS = List.of(
            new Column("requestId", "申请单号"),
            new Column("employeeName", "请假员工"),
            new Column("typeLabel", "请假类型"),
            new Column("period", "请假时段"),
            new Column("requesterName", "换班申请人"),
            new Column("requesterShiftText", "换出班次"));

    /** The supervision tasks of SL-2/SL-3 and the duty leader's own tasks (CP-4, CP-7). */
    static final String[] ESCALATION_TASKS = {"superviseLevel1", "superviseLevel2", "superviseLevel3",
            "superviseAnswer1", "superviseAnswer2", "superviseAnswer3", "majorComplaintSupervision", "dutyLeaderTakeover"};

    private TasklistFilters() {
    }

    static List<TasklistFilter> all(Departments departments, ZoneId businessZone) {
        List<String> everyone = new ArrayList<>(StaffGroups.ROLES.keySet());
        everyone.addAll(StaffGroups.departmentGroups(departments));
        List<Column> anyTask = new ArrayList<>(ORDER_COLUMNS);
        anyTask.addAll(REQUEST_COLUMNS);
        String today = "${" + DATE_TIME_IN + "('" + businessZone.getId() + "').withTimeAtStartOfDay()";

        List<TasklistFilter> filters = new ArrayList<>();
        filters.add(new TasklistFilter("我的任务", null, "已分配给我的任务，先来先办", 10, null, everyone,
                q -> q.taskAssigneeExpression("${currentUser()}").orderByTaskCreateTime().asc(), anyTask));
        // CP-2: the owner follows each of their tickets to its close, whoever holds its task now.
        filters.add(new TasklistFilter("我的工单", null, "我首问负责、尚未结案的工单的当前环节（由谁处理、何时到期），只可查看", 15, null,
                List.of(StaffGroups.AGENT),
                q -> q.processDefinitionKey(ProcessKeys.COMPLAINT_HANDLING).taskInvolvedUserExpression("${currentUser()}")
                        .orderByDueDate().asc().orderByTaskCreateTime().asc(), ORDER_COLUMNS));
        filters.add(new TasklistFilter("我组待认领", null, "我所在组尚无人认领的任务，先来先办", 20, null, everyone,
                q -> q.taskCandidateGroupInExpression("${currentUserGroups()}").orderByTaskCreateTime().asc(),
                anyTask));
        // "Today" is the business zone's day, whatever the server's zone (see dateTimeIn).
        filters.add(new TasklistFilter("今日到期", null, "今天（" + businessZone.getId() + "）到期的任务，按到期时间排序",
                30, null, everyone, q -> q.dueAfterExpression(today + ".minusMillis(1)}")
                        .dueBeforeExpression(today + ".plusDays(1)}").orderByDueDate().asc(), anyTask));
        filters.add(new TasklistFilter("超时", null, "已过到期时间仍未完成的任务（含超时督办单的督办任务），最早到期的在前",
                40, "#d9534f", everyone, q -> q.dueBeforeExpression("${now()}").orderByDueDate().asc(), anyTask));
        filters.add(new TasklistFilter("升级给我的", null, "升级到我这一级的督办单、客户答复超时、重大投诉和多次不满意工单", 50, null,
                List.of(DUTY_LEADER, CS_DIRECTOR, CENTER_DIRECTOR),
                q -> q.processDefinitionKey(ProcessKeys.COMPLAINT_HANDLING).taskDefinitionKeyIn(ESCALATION_TASKS)
                        .orderByDueDate().asc().orderByTaskCreateTime().asc(), ORDER_COLUMNS));
        // CP-8: the day before's archive, by category (the task's name carries it), claimed or not.
        filters.add(new TasklistFilter("每日审核", null, "前一日归档工单的检验审核（含已认领的），按问题类别排列", 55, null,
                List.of(StaffGroups.COMPLAINT_MANAGER),
                q -> q.processDefinitionKey(ProcessKeys.DAILY_AUDIT).taskDefinitionKey("auditTicket")
                        .taskCandidateGroup(StaffGroups.COMPLAINT_MANAGER).includeAssignedTasks()
                        .orderByTaskName().asc().orderByTaskCreateTime().asc(), AUDIT_COLUMNS));
        // QA-1: the month's listenings, flagged ones (【月底提醒】, agents below quota) first.
        filters.add(new TasklistFilter("质检抽听", null, "本月各话务员的定额抽听（含已认领的），月底提醒的排在前面", 56, null,
                List.of(StaffGroups.QUALITY_INSPECTOR),
                q -> q.processDefinitionKey(ProcessKeys.QUALITY_LISTENING).taskDefinitionKey("scoreListening")
                        .taskCandidateGroup(StaffGroups.QUALITY_INSPECTOR).includeAssignedTasks()
                        .orderByTaskPriority().desc().orderByTaskName().asc(), LISTENING_COLUMNS));
        int priority = 60;
        for (Departments.Department d : departments.departments()) {
            filters.add(new TasklistFilter(d.name() + "督办单", null, d.name() + "尚未回单的督办单（含已认领的），按处理时限排序",
                    priority++, null, List.of(d.group()),
                    q -> q.processDefinitionKey(ProcessKeys.COMPLAINT_HANDLING).taskDefinitionKey("handleOrder")
                            .taskCandidateGroup(d.group()).includeAssignedTasks().orderByDueDate().asc(),
                    ORDER_COLUMNS));
        }
        // The only view of tasks a colleague has claimed; the first release called it 待办任务.
        filters.add(new TasklistFilter("全部任务", "待办任务", "我有权查看的全部任务，含同组他人已认领的，最新的在前", 100, null,
                everyone, q -> q.orderByTaskCreateTime().desc(), anyTask));
        return filters;
    }

    /**
     * {@code ${dateTimeIn('Asia/Shanghai')}} in a filter: now on the engine's clock, in that zone.
     * Camunda's own {@code dateTime()} is in the JVM's default zone, which on a server in UTC
     * would make "today" run from 08:00 to 08:00 in Shanghai.
     */
    public static DateTime dateTimeIn(String zoneId) {
        return new DateTime(java.util.Date.from(BusinessClock.now()), DateTimeZone.forID(zoneId));
    }
}
