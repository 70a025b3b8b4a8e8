package com.callcentre.workflow.handover;

import com.callcentre.workflow.dutylog.DutyLog;
import com.callcentre.workflow.dutylog.DutyLogKind;
import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.ShownText;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code shift-handover} (HO-1, HO-2, HO-4, HO-5). The answers have been held to
 * their forms by then ({@code integrity.CommandGate}: the note required, the confirmation one of
 * the form's, nothing else); what depends on the answer given (a reason for a refusal, the items
 * of an item-by-item confirmation, face to face) is checked here, inside the completing command,
 * so a bad answer is a 400 naming the field and changes nothing, whatever the route.
 */
@Component("handoverDesk")
public class HandoverDesk {

    static final String ALL = "ALL";
    static final String ITEMS = "ITEMS";
    static final String REFUSE = "REFUSE";
    private static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final HandoverSchedule schedule;
    private final HandoverSettings settings;
    private final HandoverLeaders leaders;
    private final HandoverSnapshot snapshot;
    private final Handovers handovers;
    private final DutyLog log;
    private final ApplicationEventPublisher events;

    HandoverDesk(HandoverSchedule schedule, HandoverSettings settings, HandoverLeaders leaders,
            HandoverSnapshot snapshot, Handovers handovers, DutyLog log, ApplicationEventPublisher events) {
        this.schedule = schedule;
        this.settings = settings;
        this.leaders = leaders;
        this.snapshot = snapshot;
        this.handovers = handovers;
        this.log = log;
        this.events = events;
    }

    /**
     * {@code openHandover}: the shift that ended last, unless it has its handover already
     * ({@code handoverNeeded} false: the start is idempotent per shift); its duty leader (outgoing)
     * and the next shift's (incoming), the snapshot at this moment, and the HO-4 timers' due dates,
     * counted from the shift's end ({@code shiftEnd}), not from this start, which may be late (the
     * node was down, the job executor busy) or made another way.
     */
    public void open(DelegateExecution execution) {
        Instant now = BusinessClock.now();
        Optional<HandoverSchedule.ShiftOf> ended = schedule.endedAt(now);
        if (ended.isEmpty() || handovers.exists(numberOf(ended.get()))) {
            execution.setVariable("handoverNeeded", false);
            return;
        }
        HandoverSchedule.ShiftOf shift = ended.get();
        String no = numberOf(shift);
        Optional<HandoverLeaders.Leader> outgoing = leaders.of(shift.date(), shift.type());
        Optional<HandoverLeaders.Leader> incoming = schedule.next(shift)
                .flatMap(next -> leaders.of(next.date(), next.type()));
        List<Handover.Item> items = snapshot.of(shift, schedule.start(shift), now, schedule.zone());
        handovers.open(no, Handovers.Kind.LEADER, shift.date(), shift.type(), execution.getProcessInstanceId(),
                outgoing.map(HandoverLeaders.Leader::userId).orElse(null),
                incoming.map(HandoverLeaders.Leader::userId).orElse(null), BusinessClock.timestamp(), items);
        execution.setProcessBusinessKey(no);
        execution.setVariable("handoverNeeded", true);
        execution.setVariable("handoverNo", no);
        execution.setVariable("shiftText", shift.date() + " " + shift.type().label());
        execution.setVariable("outgoingLeader", outgoing.map(HandoverLeaders.Leader::userId).orElse(null));
        execution.setVariable("incomingLeader", incoming.map(HandoverLeaders.Leader::userId).orElse(null));
        execution.setVariable("outgoingName", outgoing.map(HandoverLeaders.Leader::shown)
                .orElse("（本班无值班长，由客服部主任交班）"));
        execution.setVariable("incomingName", incoming.map(HandoverLeaders.Leader::shown)
                .orElse("（下一班无值班长，由客服部主任接班）"));
        execution.setVariable("itemCount", items.size());
        execution.setVariable("snapshotText", HandoverTexts.snapshot(items));
        // HO-4: the reminder and the escalation count from the shift's end, also when this start is late.
        execution.setVariable("shiftEnd", Date.from(shift.end()));
        execution.setVariable("handoverRemindAt", Date.from(shift.end().plus(settings.remindAfter())));
        execution.setVariable("handoverEscalateAt", Date.from(shift.end().plus(settings.escalateAfter())));
    }

    /** The duty leaders' handover of a shift: JB20300813-DAY. */
    static String numberOf(HandoverSchedule.ShiftOf shift) {
        return "JB" + KEY.format(shift.date()) + "-" + shift.type().name();
    }

    /** A step's candidates: none while a duty leader is rostered for it (the task is theirs alone), else the cs-director. */
    public List<String> groupsFor(DelegateExecution execution, String leaderVariable) {
        return execution.getVariable(leaderVariable) == null ? List.of(StaffGroups.CS_DIRECTOR) : List.of();
    }

    /** Completion of {@code handOver} (交班): the note and the outgoing's signature, staff number and time (HO-2). */
    public void handedOver(DelegateTask task) {
        String note = text(task, "handoverNote");
        if (note == null) {
            throw InvalidInputException.of("handoverNote", "必填：交班说明（HO-5：交接遗漏由交班人负责）");
        }
        String by = signer(task);
        var at = BusinessClock.timestamp();
        handovers.handedOver(no(task), note, by, at);
        task.setVariable("noteText", ShownText.literal(note));
        task.setVariable("outgoingSignedText", leaders.shown(by) + "，" + SHOWN.format(at.atZoneSameInstant(schedule.zone())));
    }

    /**
     * Completion of {@code takeOver} (接班): refused with a reason (back to the outgoing, who stays
     * responsible, HO-4), or confirmed face to face (HO-1) as a whole or item by item (HO-5) and
     * signed (HO-2).
     */
    public void tookOver(DelegateTask task) {
        String confirmation = text(task, "confirmation");
        refuseContradictions(task, confirmation);
        String by = signer(task);
        var at = BusinessClock.timestamp();
        if (REFUSE.equals(confirmation)) {
            String reason = text(task, "refuseReason");
            if (reason == null) {
                throw InvalidInputException.of("refuseReason", "拒绝接班须写明原因（HO-5）");
            }
            handovers.refused(no(task), reason, at);
            task.setVariable("refusalText", ShownText.literal(reason) + "（" + leaders.shown(by) + "，"
                    + SHOWN.format(at.atZoneSameInstant(schedule.zone())) + "）");
            task.setVariable("handoverRefused", true);
        } else {
            if (!Boolean.TRUE.equals(task.getVariable("faceToFace"))) {
                throw InvalidInputException.of("faceToFace", "须当面交接：交班人在场时方可确认接班（HO-1）");
            }
            List<Integer> listed = handovers.find(no(task)).orElseThrow().items().stream()
                    .map(Handover.Item::itemNo).toList();
            List<Integer> confirmed = ITEMS.equals(confirmation)
                    ? HandoverTexts.itemNumbers(text(task, "confirmedItems"), listed) : listed;
            handovers.takenOver(no(task), by, at, confirmation, true, confirmed);
            task.setVariable("handoverRefused", false);
        }
        for (String answer : List.of("confirmation", "confirmedItems", "faceToFace", "refuseReason")) {
            task.getExecution().removeVariable(answer);
        }
    }

    /**
     * HO-5: the answer says one thing. Item numbers belong to an item-by-item confirmation only (with
     * 全部确认 every item is the incoming's, with a refusal none is), a refusal's reason to a refusal
     * only; a form sends neither when hidden, so either one beside the other answer is a request made
     * by hand ({@code /engine-rest}), refused with a 400 naming the field rather than half taken.
     */
    private static void refuseContradictions(DelegateTask task, String confirmation) {
        if (!ITEMS.equals(confirmation) && text(task, "confirmedItems") != null) {
            throw InvalidInputException.of("confirmedItems", REFUSE.equals(confirmation)
                    ? "拒绝接班时不填写已确认的条目序号（HO-5）"
                    : "全部确认时不填写条目序号：全部确认即接下清单上的每一项；只接部分条目请选择逐项确认（HO-5）");
        }
        if (!REFUSE.equals(confirmation) && text(task, "refuseReason") != null) {
            throw InvalidInputException.of("refuseReason", "确认接班时不填写拒绝原因；拒绝接班请选择“拒绝接班，退回交班人”（HO-5）");
        }
    }

    /** {@code remindLeaders}: not confirmed after {@code handover.remind-after}; both duty leaders are reminded (HO-4). */
    public void remind(DelegateExecution execution) {
        handovers.reminded(no(execution), BusinessClock.timestamp());
        events.publishEvent(notice(execution, HandoverNotice.What.REMINDER, settings.remindAfter()));
    }

    /** {@code escalateToCsDirector}: not confirmed after {@code handover.escalate-after}; the cs-director is told, the log says so (HO-4). */
    public void escalate(DelegateExecution execution) {
        handovers.escalated(no(execution), BusinessClock.timestamp());
        HandoverNotice notice = notice(execution, HandoverNotice.What.OVERDUE, settings.escalateAfter());
        events.publishEvent(notice);
        log.write(DutyLogKind.REPORTED_UP, "交接班 " + notice.handoverNo() + "（" + notice.shiftText() + "）交班后 "
                + notice.afterText() + "仍未完成接班，已上报客服部主任；交班人 " + notice.outgoingText() + " 仍负责",
                null, null, DutyLog.SYSTEM);
    }

    private HandoverNotice notice(DelegateExecution execution, HandoverNotice.What what, Duration after) {
        Handover h = handovers.find(no(execution)).orElseThrow();
        String taskId = execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).list().stream().map(t -> t.getId())
                .findFirst().orElse(null);
        return new HandoverNotice(what, h.handoverNo(), h.shiftDate() + " " + h.shiftType().label(),
                h.outgoing() == null ? "（无值班长）" : leaders.plain(h.outgoing()),
                h.incoming() == null ? "（无值班长）" : leaders.plain(h.incoming()), h.status().label(),
                after.toMinutes() + " 分钟", taskId);
    }

    /** Who signs: the user completing the task (their user id is their staff number), else its assignee. */
    private static String signer(DelegateTask task) {
        return CurrentUser.idIn(task.getProcessEngineServices())
                .orElseGet(() -> task.getAssignee() == null ? DutyLog.SYSTEM : task.getAssignee());
    }

    private static String no(VariableScope scope) {
        return (String) scope.getVariable("handoverNo");
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
