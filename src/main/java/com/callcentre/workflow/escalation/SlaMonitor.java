package com.callcentre.workflow.escalation;

import com.callcentre.workflow.complaint.IntakeLabels;
import com.callcentre.workflow.complaint.OrderClocks;
import com.callcentre.workflow.complaint.OrderClocks.Running;
import com.callcentre.workflow.escalation.SlaBoard.DepartmentCount;
import com.callcentre.workflow.escalation.SlaBoard.LevelCount;
import com.callcentre.workflow.escalation.SlaOrder.State;
import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.Departments;
import com.callcentre.workflow.system.ProcessKeys;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * SL-6, managers see breaches as they happen: the open department orders past their reminder
 * point (SL-4) or their resolve limit, and those paused while waiting for the customer (SL-5),
 * read from {@code department_order}, where {@code orderClock} and {@code escalateOrder} keep
 * the deadlines and levels the engine's timers act on. "Now" is the engine's clock.
 */
@Service
class SlaMonitor {


    private final OrderClocks clocks;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final Departments departments;
    private final IntakeLabels labels;
    private final EscalationPolicy escalation;
    private final ClockTexts texts;
    private final ZoneId zone;
    private final LateCentreSteps lateCentreSteps;
    private final LateAnswers lateAnswers;

    SlaMonitor(OrderClocks clocks, RuntimeService runtime, CurrentUser currentUser,
            Departments departments, EscalationPolicy escalation, ClockTexts texts, BusinessClock settings,
            IntakeLabels labels, LateCentreSteps lateCentreSteps, LateAnswers lateAnswers) {
        this.lateAnswers = lateAnswers;
        this.lateCentreSteps = lateCentreSteps;
        this.labels = labels;
        this.clocks = clocks;
        this.runtime = runtime;
        this.currentUser = currentUser;
        this.departments = departments;
        this.escalation = escalation;
        this.texts = texts;
        this.zone = settings.zone();
    }

    /**
     * Those who may watch running complaints in Cockpit (READ_INSTANCE on the process, granted
     * by AccessPolicy to managers, duty leaders, directors and inspectors).
     */
    boolean mayMonitor() {
        return currentUser.isAuthorized(Permissions.READ_INSTANCE, Resources.PROCESS_DEFINITION,
                ProcessKeys.COMPLAINT_HANDLING);
    }

    SlaBoard board() {
        Instant now = BusinessClock.now();
        List<SlaOrder> orders = running(clocks.pastReminder(now)).stream().map(row -> order(row, now))
                .sorted(URGENT_FIRST).toList();
        List<SlaCentreStep> centreSteps = lateCentreSteps.at(now, zone);
        List<SlaLateAnswer> answers = lateAnswers.at(now, zone);
        return new SlaBoard(inZone(now), zone.getId(), summary(orders, centreSteps.size(), answers.size()), orders,
                centreSteps, answers);
    }

    /**
     * Only orders of instances still running: an instance deleted in Cockpit leaves its order
     * unanswered in the table, but nobody will answer it. The engine's query applies the
     * caller's authorizations.
     */
    private List<Running> running(List<Running> rows) {
        Set<String> ids = rows.stream().map(Running::processInstanceId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return rows;
        }
        Set<String> alive = new HashSet<>();
        runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .map(ProcessInstance::getId).forEach(alive::add);
        return rows.stream().filter(r -> alive.contains(r.processInstanceId())).toList();
    }

    private SlaOrder order(Running r, Instant now) {
        Instant deadline = r.resolveDeadline().toInstant();
        boolean paused = r.pausedAt() != null;
        // A paused clock stopped at the pause: its overdue or remaining time is frozen there.
        Instant clock = paused ? r.pausedAt().toInstant() : now;
        Duration overdue = positive(Duration.between(deadline, clock));
        Duration remaining = positive(Duration.between(clock, deadline));
        State state = paused ? State.PAUSED : clock.isBefore(deadline) ? State.NEAR : State.BREACHED;
        String text = switch (state) {
            case BREACHED -> "超时 " + texts.duration(overdue);
            case NEAR -> "剩余 " + texts.duration(remaining);
            case PAUSED -> "暂停中（已等待客户 " + texts.duration(positive(Duration.between(clock, now)))
                    + (overdue.isZero() ? "，暂停时剩余 " + texts.duration(remaining)
                            : "，暂停时已超时 " + texts.duration(overdue)) + "）";
        };
        return new SlaOrder(r.ticketNo(), r.processInstanceId(), r.department(), departments.nameOf(r.department()),
                r.category(), labels.nameOf("category", r.category()), r.vipLevel(),
                labels.nameOf("vipLevel", r.vipLevel()), r.major(), r.round(), inZone(r.openedAt()), inZone(r.reminderAt()),
                inZone(r.resolveDeadline()), state, overdue.toMinutes(), remaining.toMinutes(), text,
                r.escalationLevel(), r.acknowledgedAt() != null, r.acknowledgedBy(), paused, inZone(r.pausedAt()));
    }

    private static final Comparator<SlaOrder> URGENT_FIRST = Comparator
            .comparingInt((SlaOrder o) -> switch (o.state()) {
                case BREACHED -> 0;
                case NEAR -> 1;
                case PAUSED -> 2;
            })
            .thenComparing(o -> o.state() == State.BREACHED ? -o.overdueMinutes() : 0L)
            .thenComparing(o -> o.state() == State.NEAR ? o.remainingMinutes() : 0L)
            .thenComparing(o -> o.pausedSince() == null ? Instant.MAX : o.pausedSince().toInstant())
            .thenComparing(SlaOrder::ticketNo)
            .thenComparing(SlaOrder::department);

    private SlaBoard.Summary summary(List<SlaOrder> orders, int centreBreached, int answersBreached) {
        List<DepartmentCount> byDepartment = new ArrayList<>();
        Set<String> configured = new HashSet<>();
        for (Departments.Department d : departments.departments()) {
            configured.add(d.code());
            byDepartment.add(count(d.code(), d.name(), orders));
        }
        // An order of a department since removed from the configuration still counts.
        orders.stream().map(SlaOrder::department).filter(code -> !configured.contains(code)).distinct()
                .forEach(code -> byDepartment.add(count(code, code, orders)));
        List<String> levelNames = levelNames();
        List<LevelCount> byLevel = new ArrayList<>();
        for (int level = 0; level < levelNames.size(); level++) {
            int l = level;
            byLevel.add(new LevelCount(level, levelNames.get(level),
                    (int) orders.stream().filter(o -> o.escalationLevel() == l).count()));
        }
        return new SlaBoard.Summary(count(orders, State.NEAR), count(orders, State.BREACHED),
                count(orders, State.PAUSED), byDepartment, byLevel, centreBreached, answersBreached);
    }

    private static DepartmentCount count(String code, String name, List<SlaOrder> orders) {
        List<SlaOrder> own = orders.stream().filter(o -> o.department().equals(code)).toList();
        return new DepartmentCount(code, name, count(own, State.NEAR), count(own, State.BREACHED),
                count(own, State.PAUSED));
    }

    private static int count(List<SlaOrder> orders, State state) {
        return (int) orders.stream().filter(o -> o.state() == state).count();
    }

    /** 未升级, then each level of the chain (SL-3) by its group's name: 第1级 值班长. */
    private List<String> levelNames() {
        List<String> names = new ArrayList<>(List.of("未升级"));
        for (int level = 1; level <= escalation.chain().size(); level++) {
            names.add("第" + level + "级 " + StaffGroups.nameOf(escalation.chain().get(level - 1)));
        }
        return names;
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private OffsetDateTime inZone(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    private OffsetDateTime inZone(OffsetDateTime time) {
        return time == null ? null : inZone(time.toInstant());
    }
}
