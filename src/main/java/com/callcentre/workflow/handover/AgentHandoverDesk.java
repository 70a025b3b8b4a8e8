package com.callcentre.workflow.handover;

import com.callcentre.workflow.complaint.OwnedTickets;
import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.JobType;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.Shift;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The first step of {@code agent-handover} (HO-1, HO-2, HO-5): an agent hands over their own open
 * contacts, the open tickets they own as first-contact owner (CP-2), to a colleague they name, the
 * same way the duty leaders do (the note and the outgoing's signature, the colleague's confirmation
 * face to face or refusal: {@link HandoverDesk}). The first-contact owner stays the same (CP-2);
 * the colleague confirms following the tickets up. One handover per agent and shift.
 */
@Component("agentHandoverDesk")
public class AgentHandoverDesk {

    private static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final Roster roster;
    private final OwnedTickets tickets;
    private final Handovers handovers;
    private final HandoverSchedule schedule;
    private final HandoverSettings settings;

    AgentHandoverDesk(Roster roster, OwnedTickets tickets, Handovers handovers, HandoverSchedule schedule,
            HandoverSettings settings) {
        this.roster = roster;
        this.tickets = tickets;
        this.handovers = handovers;
        this.schedule = schedule;
        this.settings = settings;
    }

    /**
     * {@code openAgentHandover}: both are agents, the colleague another one; the agent's shift running
     * now or ended last (today or yesterday); the open tickets they own with their answer clocks.
     * A shift running now is handed over only within {@code handover.agent-window} before its end
     * (HO-1): a start in the middle of the shift would be the shift's one handover and block the
     * real one at its end. Anything wrong is a 400 naming the field, and nothing is started; checked
     * here, in the start command, so a start over {@code /engine-rest} is refused the same way.
     */
    public void open(DelegateExecution execution) {
        Object initiator = execution.getVariable("outgoingAgent");
        String outgoing = initiator == null ? null : initiator.toString();
        Object named = execution.getVariable("incomingAgent");
        String incoming = named == null ? null : named.toString().trim();
        if (outgoing == null || !isAgent(outgoing)) {
            throw InvalidInputException.of("outgoingAgent", "仅坐席交接本人的未结工单（HO-1）");
        }
        if (incoming == null || incoming.isEmpty() || !isAgent(incoming) || incoming.equals(outgoing)) {
            throw InvalidInputException.of("incomingAgent", "请填写接手同事的工号：须为另一名坐席（HO-1）");
        }
        Instant now = BusinessClock.now();
        Shift shift = shiftOf(outgoing, now).orElseThrow(() -> InvalidInputException.of("incomingAgent",
                "您今天和昨天没有排班，无需交接（HO-1）"));
        Instant opens = shift.end().minus(settings.agentWindow());
        if (shift.covers(now) && now.isBefore(opens)) {
            throw InvalidInputException.of("incomingAgent", "坐席交接须在本班结束前 " + settings.agentWindow().toMinutes()
                    + " 分钟内发起：本班（" + shift.date() + " " + shift.type().label() + "）" + HOUR.format(
                    shift.end().atZone(schedule.zone())) + " 结束，" + HOUR.format(opens.atZone(schedule.zone()))
                    + " 起可发起（HO-1）");
        }
        String no = "JB" + KEY.format(shift.date()) + "-" + shift.type().name() + "-" + outgoing;
        if (handovers.exists(no)) {
            throw InvalidInputException.of("incomingAgent", "本班的坐席交接已发起（" + no + "），不能重复交接");
        }
        List<Handover.Item> items = new ArrayList<>();
        for (OwnedTickets.Open t : tickets.of(outgoing)) {
            items.add(new Handover.Item(items.size() + 1, Handover.Kind.TICKET, t.ticketNo(),
                    "工单 " + t.ticketNo() + "：" + clock(t, now), null, null, null, null));
        }
        try {
            handovers.open(no, Handovers.Kind.AGENT, shift.date(), shift.type(), execution.getProcessInstanceId(),
                    outgoing, incoming, BusinessClock.timestamp(), items);
        } catch (DuplicateKeyException e) {
            // Two starts at the same moment: the other one's row is in; this one is the second.
            throw InvalidInputException.of("incomingAgent", "本班的坐席交接已发起（" + no + "），不能重复交接");
        }
        execution.setProcessBusinessKey(no);
        execution.setVariable("handoverNo", no);
        execution.setVariable("shiftText", shift.date() + " " + shift.type().label());
        execution.setVariable("outgoingName", shown(outgoing));
        execution.setVariable("incomingName", shown(incoming));
        execution.setVariable("itemCount", items.size());
        execution.setVariable("snapshotText", HandoverTexts.snapshot(items, List.of(Handover.Kind.TICKET)));
    }

    private boolean isAgent(String userId) {
        return roster.employee(userId).map(e -> e.jobType() == JobType.AGENT).orElse(false);
    }

    private Optional<Shift> shiftOf(String agent, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, schedule.zone());
        List<Shift> shifts = roster.shiftsOf(agent, today.minusDays(1), today);
        return shifts.stream().filter(s -> s.covers(now)).findFirst()
                .or(() -> shifts.stream().filter(s -> !s.end().isAfter(now)).max(Comparator.comparing(Shift::end)));
    }

    private String shown(String userId) {
        return roster.employee(userId).map(Employee::name)
                .map(name -> com.callcentre.workflow.system.ShownText.literal(name) + "（" + userId + "）").orElse(userId);
    }

    private String clock(OwnedTickets.Open t, Instant now) {
        if (t.answerDeadline() == null) {
            return "客户答复尚未计时";
        }
        Instant deadline = t.answerDeadline().toInstant();
        String due = "客户答复时限 " + TIME.format(deadline.atZone(schedule.zone()));
        long minutes = Duration.between(now, deadline).abs().toMinutes();
        String span = minutes >= 60 ? minutes / 60 + " 小时 " + minutes % 60 + " 分钟" : minutes + " 分钟";
        return (deadline.isAfter(now) ? "剩余 " : "已超时 ") + span + "，" + due;
    }
}
