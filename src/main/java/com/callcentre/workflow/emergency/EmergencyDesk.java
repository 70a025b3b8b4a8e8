package com.callcentre.workflow.emergency;

import com.callcentre.workflow.dutylog.DutyLog;
import com.callcentre.workflow.dutylog.DutyLogKind;
import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.JobType;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.ReadableNumbers;
import com.callcentre.workflow.system.ShownText;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code emergency} (EM-1, SL-3, HO-3). The answers have been held to their forms by
 * then ({@code integrity.CommandGate}: the kind one of the form's, what was done required, nothing
 * else); each step writes the duty log.
 */
@Component("emergencyDesk")
public class EmergencyDesk {

    static final String LEVEL = "LEVEL";
    static final String SKIP = "SKIP";
    static final String NONE = "NONE";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EmergencySettings settings;
    private final Emergencies emergencies;
    private final DutyLog log;
    private final Roster roster;
    private final ApplicationEventPublisher events;
    private final ReadableNumbers numbers;
    private final BusinessClock clock;

    EmergencyDesk(EmergencySettings settings, Emergencies emergencies, DutyLog log, Roster roster,
            ApplicationEventPublisher events, DataSource dataSource, BusinessClock clock) {
        this.settings = settings;
        this.emergencies = emergencies;
        this.log = log;
        this.roster = roster;
        this.events = events;
        this.clock = clock;
        this.numbers = new ReadableNumbers(dataSource, "emergency_no_seq", "TF", 4, clock.zone());
    }

    /**
     * {@code registerEmergency}: the emergency gets its number (the business key) and row; the duty
     * leader on duty now (the roster) is to handle it; whether its kind must be reported up
     * (configuration); the duty log records it.
     */
    public void register(DelegateExecution execution) {
        checkStart(execution);
        EmergencyKind kind = EmergencyKind.valueOf((String) execution.getVariable("emergencyKind"));
        String location = text(execution, "location");
        String situation = text(execution, "situation");
        Instant now = BusinessClock.now();
        String no = numbers.next(now);
        Object initiator = execution.getVariable("reporter");
        String reporter = initiator == null ? DutyLog.SYSTEM : initiator.toString();
        Optional<Employee> leader = roster.onDutyAt(now, JobType.DUTY_LEADER).stream().findFirst();
        boolean reportUp = settings.reportUp().contains(kind);
        emergencies.insert(no, execution.getProcessInstanceId(), kind, location, situation, reporter,
                BusinessClock.timestamp(), leader.map(Employee::userId).orElse(null), reportUp);
        execution.setProcessBusinessKey(no);
        execution.setVariable("emergencyNo", no);
        execution.setVariable("kindName", kind.label());
        execution.setVariable("mustReportUp", reportUp);
        execution.setVariable("dutyLeader", leader.map(Employee::userId).orElse(null));
        execution.setVariable("dutyLeaderName", leader.map(e -> ShownText.literal(e.name()) + "（" + e.userId() + "）")
                .orElse("（当前无当班值班长，由客服部主任处置）"));
        execution.setVariable("reportedText", ShownText.literal(nameOf(reporter)) + "，" + shown(now));
        execution.setVariable("locationText", ShownText.literal(location));
        execution.setVariable("situationText", ShownText.literal(situation));
        execution.setVariable("reportUpText", reportUp ? "须上报（请示报告制度）：请选择逐级上报或紧急越级上报"
                : "无须上报：值班长处置，客服部主任已获告知");
        execution.setVariable("emergencyAnswerWithin", settings.answerWithin().toString());
        execution.setVariable("emergencyDue", Date.from(now.plus(settings.answerWithin())));
        log.write(DutyLogKind.EMERGENCY, "【" + kind.label() + "】地点：" + location + "；情况：" + situation + "（报告人："
                + nameOf(reporter) + "）" + leader.map(e -> "，交当班值班长 " + e.name() + " 处置")
                        .orElse("，无当班值班长，交客服部主任处置"), null, no, DutyLog.SYSTEM);
    }

    /** {@code handleEmergency}'s candidates: none while a duty leader is on duty (the task is theirs alone), else the cs-director. */
    public List<String> handlerGroups(DelegateExecution execution) {
        return execution.getVariable("dutyLeader") == null ? List.of(StaffGroups.CS_DIRECTOR) : List.of();
    }

    /** {@code tellCsDirector}: the cs-director is mailed at once (EM-1: reports to the cs-director). */
    public void told(DelegateExecution execution) {
        events.publishEvent(notice(execution, EmergencyNotice.What.REGISTERED, null));
    }

    /** {@code escalateUnanswered}: not handled in time, the cs-director is told, and the log says so. */
    public void unanswered(DelegateExecution execution) {
        String taskId = execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey("handleEmergency")
                .list().stream().map(t -> t.getId()).findFirst().orElse(null);
        events.publishEvent(notice(execution, EmergencyNotice.What.UNANSWERED, taskId));
        log.write(DutyLogKind.REPORTED_UP, answerWithinText() + "内未处置，已上报客服部主任", null, no(execution),
                DutyLog.SYSTEM);
    }

    /**
     * {@code recordAction}: what was done goes to the row and the log; a kind that must be reported
     * up goes level by level unless the duty leader chose to skip the cs-director (SL-3).
     */
    public void recordAction(DelegateExecution execution) {
        String actions = text(execution, "actionsTaken");
        String by = CurrentUser.idIn(execution.getProcessEngineServices()).orElse(DutyLog.SYSTEM);
        boolean reportUp = Boolean.TRUE.equals(execution.getVariable("mustReportUp"));
        String route = !reportUp ? NONE : SKIP.equals(execution.getVariable("reportRoute")) ? SKIP : LEVEL;
        emergencies.handled(no(execution), actions, by, BusinessClock.timestamp(), route);
        execution.setVariable("route", route);
        execution.setVariable("actionsTakenText", ShownText.literal(actions));
        execution.setVariable("handledByName", ShownText.literal(nameOf(by)));
        log.write(DutyLogKind.EMERGENCY, "处置：" + actions + "（" + nameOf(by) + "）", null, no(execution), by);
        if (LEVEL.equals(route)) {
            log.write(DutyLogKind.REPORTED_UP, "逐级上报客服部主任", null, no(execution), by);
        } else if (SKIP.equals(route)) {
            log.write(DutyLogKind.REPORTED_UP, "情况紧急，越级上报客服中心主任，事后告知客服部主任", null, no(execution), by);
        }
    }

    /** {@code noticeSkippedLevel}: the skipped cs-director is told afterwards (SL-3, seed 003: 事后应向上级汇报). */
    public void levelSkipped(DelegateExecution execution) {
        events.publishEvent(notice(execution, EmergencyNotice.What.LEVEL_SKIPPED, null));
        log.write(DutyLogKind.REPORTED_UP, "已事后告知客服部主任（越级上报）", null, no(execution), DutyLog.SYSTEM);
    }

    /** Completion of {@code csDirectorInstruction}: the instruction on record (003: 对上级指示要详细记载), passed up. */
    public void csInstruction(DelegateTask task) {
        String instruction = text(task.getExecution(), "csInstruction");
        task.setVariable("csInstructionText", ShownText.literal(instruction));
        String by = task.getAssignee() == null ? DutyLog.SYSTEM : task.getAssignee();
        log.write(DutyLogKind.REPORTED_UP, "客服部主任批示：" + instruction + "（" + nameOf(by) + "），转报客服中心主任",
                null, no(task.getExecution()), by);
    }

    /** Completion of {@code centreDirectorInstruction}: the instruction on record. */
    public void centreInstruction(DelegateTask task) {
        String instruction = text(task.getExecution(), "centreInstruction");
        String by = task.getAssignee() == null ? DutyLog.SYSTEM : task.getAssignee();
        log.write(DutyLogKind.REPORTED_UP, "客服中心主任批示：" + instruction + "（" + nameOf(by) + "）", null,
                no(task.getExecution()), by);
    }

    private EmergencyNotice notice(DelegateExecution execution, EmergencyNotice.What what, String taskId) {
        Emergencies.Row row = emergencies.find(no(execution)).orElseThrow();
        return new EmergencyNotice(what, row.emergencyNo(), row.kind().label(), row.location(), row.situation(),
                nameOf(row.reportedBy()) + "（" + row.reportedBy() + "）",
                row.dutyLeader() == null ? "当前无当班值班长" : nameOf(row.dutyLeader()) + "（" + row.dutyLeader() + "）",
                row.actionsTaken() == null ? "" : row.actionsTaken(), answerWithinText(), taskId);
    }

    private String answerWithinText() {
        return settings.answerWithin().toMinutes() + " 分钟";
    }

    private String nameOf(String userId) {
        return roster.employee(userId).map(Employee::name).orElse(userId);
    }

    private String shown(Instant at) {
        return SHOWN.format(at.atZone(clock.zone()));
    }

    private static String no(DelegateExecution execution) {
        return (String) execution.getVariable("emergencyNo");
    }

    /**
     * The start form's required fields, every missing one named at once (the engine holds a start to
     * its form's fields and choices, not to its required ones: that is the first step's work).
     */
    private static void checkStart(DelegateExecution execution) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        Object kind = execution.getVariable("emergencyKind");
        if (kind == null || Arrays.stream(EmergencyKind.values()).noneMatch(k -> k.name().equals(kind))) {
            problems.add(new InvalidInputException.FieldProblem("emergencyKind",
                    "必填，可选 NETWORK_OUTAGE, POWER_CUT, FIRE, PRESS, DATA_LEAK, OTHER"));
        }
        for (String field : List.of("situation", "location")) {
            Object value = execution.getVariable(field);
            if (value == null || value.toString().isBlank()) {
                problems.add(new InvalidInputException.FieldProblem(field, "必填"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw InvalidInputException.of(name, "必填");
        }
        return value.toString();
    }
}
