package com.callcentre.workflow.escalation;

import com.callcentre.workflow.calendar.DepartmentCalendars;
import com.callcentre.workflow.calendar.WorkingTimeCalendar;
import com.callcentre.workflow.complaint.OrderClocks;
import com.callcentre.workflow.complaint.OrderKey;
import com.callcentre.workflow.complaint.TicketTrail;
import com.callcentre.workflow.system.BusinessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A department order's clocks (SL-1 to SL-5), called by the model:
 * <ul>
 * <li>{@code start}: when the order opens, its acknowledge and resolve deadlines, the reminder
 * point (SL-4) and the escalation times (SL-3), on the department's working calendar (SL-5);
 * the engine's timers and the task's due and follow-up dates read them.</li>
 * <li>{@code acknowledge}: the department claims the order.</li>
 * <li>{@code pause} / {@code resume}: while the customer is asked for more information the
 * clocks stop and then go on with the time they had left: the order's timer jobs are
 * suspended and get their new due dates from the engine itself.</li>
 * </ul>
 */
@Component("orderClock")
public class OrderClock {

    static final String RESOLVE_DEADLINE = "resolveDeadline";
    static final String REMINDER_AT = "reminderAt";
    static final String ACKNOWLEDGE_DEADLINE = "acknowledgeDeadline";

    private final DepartmentCalendars calendars;
    private final EscalationChain chain;
    private final OrderClocks orders;
    private final OrderTimers timers;
    private final ClockTexts texts;
    private final TicketTrail trail;
    private final EscalationPolicy policy;

    OrderClock(DepartmentCalendars calendars, EscalationChain chain, OrderClocks orders,
            OrderTimers timers, ClockTexts texts, TicketTrail trail, EscalationPolicy policy) {
        this.policy = policy;
        this.calendars = calendars;
        this.chain = chain;
        this.orders = orders;
        this.timers = timers;
        this.texts = texts;
        this.trail = trail;
    }

    /** Start of a department's order (a start listener of {@code departmentOrders}). */
    public void start(DelegateExecution order) {
        TimeLimits limits = TimeLimits.ofOrder(order);
        WorkingTimeCalendar calendar = calendars.ofDepartment(department(order));
        Instant now = BusinessClock.now();
        Instant acknowledge = calendar.plusWorkingTime(now, limits.acknowledge());
        Instant reminder = calendar.plusWorkingTime(now, policy.reminderOf(limits.resolve()));
        Instant resolve = calendar.plusWorkingTime(now, limits.resolve());
        setDeadlines(order, true, acknowledge, reminder, resolve);
        order.setVariableLocal("pausedMinutes", 0L);
        orders.started(OrderKey.of(order), acknowledge, reminder, resolve);
    }

    /** Assignment of {@code handleOrder}: the first claim acknowledges the order. */
    public void acknowledge(DelegateTask task) {
        if (task.getAssignee() == null) {
            return;
        }
        OrderKey key = OrderKey.of(task.getExecution());
        Instant now = BusinessClock.now();
        if (orders.acknowledged(key, task.getAssignee(), now)) {
            Date deadline = (Date) task.getVariable(ACKNOWLEDGE_DEADLINE);
            boolean late = deadline != null && now.isAfter(deadline.toInstant());
            trail.record(key.ticketNo(), "acknowledgeOrder", "受理督办单", task.getAssignee(),
                    late ? "LATE" : "IN_TIME", texts.departmentName(key.department())
                            + (late ? "：超过受理时限 " + texts.dateTime(deadline) : ""));
        }
    }

    /** Start of {@code requestCustomerInfo}: the order's clocks stop (SL-5). */
    public void pause(DelegateExecution execution) {
        Instant now = BusinessClock.now();
        timers.suspend(execution);
        orders.paused(OrderKey.of(execution), now);
        trail.record(execution.getProcessBusinessKey(), "pauseClock", "暂停计时", TicketTrail.SYSTEM, "PAUSED",
                texts.departmentName(department(execution)) + "：等待客户补充信息 - " + execution.getVariable("infoRequest"));
    }

    /**
     * End of {@code requestCustomerInfo}: the clocks go on with the working time they had left;
     * the escalation levels keep their distance from the resolve deadline.
     */
    public void resume(DelegateExecution execution) {
        Instant now = BusinessClock.now();
        OrderKey key = OrderKey.of(execution);
        Instant pausedAt = orders.pausedAt(key);
        WorkingTimeCalendar calendar = calendars.ofDepartment(key.department());
        Instant oldResolve = instant(execution, RESOLVE_DEADLINE);
        Instant resolve = shifted(calendar, oldResolve, pausedAt, now);
        // Escalation levels keep their distance from the deadline; after a breach they wait as long as the pause.
        Duration levelShift = oldResolve.isAfter(pausedAt) ? Duration.between(oldResolve, resolve)
                : Duration.between(pausedAt, now);
        UnaryOperator<Instant> newDue = due -> due.equals(oldResolve) && oldResolve.isAfter(pausedAt) ? resolve
                : !due.isBefore(oldResolve) ? due.plus(levelShift)
                : shifted(calendar, due, pausedAt, now);
        Instant acknowledge = instant(execution, ACKNOWLEDGE_DEADLINE);
        if (!orders.isAcknowledged(key)) {
            acknowledge = shifted(calendar, acknowledge, pausedAt, now);
        }
        Instant reminder = shifted(calendar, instant(execution, REMINDER_AT), pausedAt, now);
        Instant level2 = newDue.apply(instant(execution, "escalation2At"));
        Instant level3 = newDue.apply(instant(execution, "escalation3At"));
        setDeadlines(execution, false, acknowledge, reminder, resolve);
        // The same rule as the timers', so the variables show what the timers will do.
        execution.setVariable("escalation2At", Date.from(level2));
        execution.setVariable("escalation3At", Date.from(level3));
        timers.resume(execution, newDue);
        Duration paused = Duration.between(pausedAt, now);
        long pausedSeconds = orders.resumed(key, paused, acknowledge, reminder, resolve);
        execution.setVariable("pausedMinutes", pausedSeconds / 60);
        trail.record(key.ticketNo(), "resumeClock", "恢复计时", TicketTrail.SYSTEM, "RESUMED",
                texts.departmentName(key.department()) + "：暂停 " + texts.duration(paused) + "，新的处理时限 "
                        + texts.dateTime(resolve) + "；客户补充：" + execution.getVariable("customerInfo"));
    }

    /** End of {@code reminderTimer}: the reminder point is on the trail (SL-4). */
    public void remind(DelegateExecution execution) {
        trail.record(execution.getProcessBusinessKey(), "reminder", "到达提醒时间", TicketTrail.SYSTEM, "REMINDED",
                texts.departmentName(department(execution)) + "：处理时限 "
                        + texts.dateTime((Date) execution.getVariable(RESOLVE_DEADLINE)));
    }

    /** A deadline that was still ahead at the pause is the same working time ahead of the resume. */
    private static Instant shifted(WorkingTimeCalendar calendar, Instant due, Instant pausedAt, Instant resumedAt) {
        if (!due.isAfter(pausedAt)) {
            return due; // already passed before the pause: its event has happened
        }
        return calendar.plusWorkingTime(resumedAt, calendar.workingTimeBetween(pausedAt, due));
    }

    /**
     * Local to the order when it starts (parallel departments each have their own); later set
     * from inside the order, where they are found in the order's scope.
     */
    private void setDeadlines(DelegateExecution order, boolean local, Instant acknowledge, Instant reminder,
            Instant resolve) {
        boolean major = Boolean.TRUE.equals(order.getVariable("major"));
        java.util.Map<String, Object> deadlines = java.util.Map.of(
                ACKNOWLEDGE_DEADLINE, Date.from(acknowledge),
                REMINDER_AT, Date.from(reminder),
                RESOLVE_DEADLINE, Date.from(resolve),
                "escalation2At", Date.from(chain.levelDueAt(2, resolve, major)),
                "escalation3At", Date.from(chain.levelDueAt(3, resolve, major)),
                "resolveDeadlineText", texts.dateTime(resolve),
                "acknowledgeDeadlineText", texts.dateTime(acknowledge));
        if (local) {
            order.setVariablesLocal(deadlines);
        } else {
            order.setVariables(deadlines);
        }
    }

    private static Instant instant(DelegateExecution execution, String variable) {
        return ((Date) execution.getVariable(variable)).toInstant();
    }

    private static String department(DelegateExecution execution) {
        return (String) execution.getVariable("department");
    }
}
