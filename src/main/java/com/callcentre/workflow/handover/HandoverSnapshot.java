package com.callcentre.workflow.handover;

import com.callcentre.workflow.complaint.OrderClocks;
import com.callcentre.workflow.dutylog.DutyLog;
import com.callcentre.workflow.leave.LeaveCalendar;
import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.Shift;
import com.callcentre.workflow.system.Departments;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the product fills into a handover at the shift's end (HO-1, HO-3): the open tickets with
 * their clocks (time left, or how long breached), the shift's breaches (open orders whose deadline
 * passed during the shift), the day's approved leave and swaps, and the shift's duty-log entries;
 * numbered from 1 in that order, so the incoming can confirm item by item (HO-5).
 */
@Component
class HandoverSnapshot {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final OrderClocks clocks;
    private final LeaveCalendar leave;
    private final Roster roster;
    private final DutyLog log;
    private final Departments departments;

    HandoverSnapshot(OrderClocks clocks, LeaveCalendar leave, Roster roster, DutyLog log, Departments departments) {
        this.clocks = clocks;
        this.leave = leave;
        this.roster = roster;
        this.log = log;
        this.departments = departments;
    }

    /** The items of the ended shift's handover, as at {@code now}. */
    List<Handover.Item> of(HandoverSchedule.ShiftOf ended, Instant shiftStart, Instant now, ZoneId zone) {
        List<Handover.Item> items = new ArrayList<>();
        List<OrderClocks.Running> open = clocks.open();
        for (OrderClocks.Running order : open) {
            add(items, Handover.Kind.TICKET, order.ticketNo(), "工单 " + order.ticketNo() + "（"
                    + departments.nameOf(order.department()) + "）：" + clock(order, now, zone));
        }
        for (OrderClocks.Running order : open) {
            if (order.resolveDeadline() != null && order.pausedAt() == null) {
                Instant deadline = order.resolveDeadline().toInstant();
                if (!deadline.isBefore(shiftStart) && deadline.isBefore(ended.end()) && !deadline.isAfter(now)) {
                    add(items, Handover.Kind.BREACH, order.ticketNo(), "工单 " + order.ticketNo() + "（"
                            + departments.nameOf(order.department()) + "）本班超时，时限 " + TIME.format(deadline.atZone(zone)));
                }
            }
        }
        Instant dayStart = ended.date().atStartOfDay(zone).toInstant();
        Instant dayEnd = ended.date().plusDays(1).atStartOfDay(zone).toInstant();
        for (LeaveCalendar.LeaveSpan span : leave.between(dayStart, dayEnd)) {
            if (span.approved()) {
                add(items, Handover.Kind.LEAVE, span.requestId(), nameOf(span.employee()) + " " + span.type().label()
                        + " " + TIME.format(span.start().atZone(zone)) + " 至 " + TIME.format(span.end().atZone(zone)));
            }
        }
        for (Shift shift : roster.shifts(ended.date(), ended.date())) {
            if (shift.origin() == Shift.Origin.SWAP) {
                add(items, Handover.Kind.SWAP, shift.swapId() == null ? null : String.valueOf(shift.swapId()),
                        nameOf(shift.employee()) + " 换班上" + shift.type().label());
            }
        }
        for (DutyLog.Line line : log.ofShift(ended.date(), ended.type())) {
            add(items, Handover.Kind.LOG, String.valueOf(line.id()), TIME.format(line.loggedAt().atZoneSameInstant(zone))
                    + " 【" + line.kindLabel() + "】" + line.text());
        }
        return items;
    }

    private static void add(List<Handover.Item> items, Handover.Kind kind, String ref, String text) {
        String cut = text.length() > 1000 ? text.substring(0, 999) + "…" : text;
        items.add(new Handover.Item(items.size() + 1, kind, ref, cut, null, null, null, null));
    }

    private static String clock(OrderClocks.Running order, Instant now, ZoneId zone) {
        if (order.resolveDeadline() == null) {
            return "尚未计时";
        }
        Instant deadline = order.resolveDeadline().toInstant();
        String due = "时限 " + TIME.format(deadline.atZone(zone));
        if (order.pausedAt() != null) {
            return "计时暂停中，" + due;
        }
        return deadline.isAfter(now) ? "剩余 " + span(Duration.between(now, deadline)) + "，" + due
                : "已超时 " + span(Duration.between(deadline, now)) + "，" + due;
    }

    private static String span(Duration d) {
        long minutes = d.toMinutes();
        return minutes >= 60 ? minutes / 60 + " 小时 " + minutes % 60 + " 分钟" : minutes + " 分钟";
    }

    private String nameOf(String userId) {
        return roster.employee(userId).map(Employee::name).orElse(userId);
    }
}
