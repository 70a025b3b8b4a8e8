package com.callcentre.workflow.escalation;

import com.callcentre.workflow.complaint.OrderClocks;
import com.callcentre.workflow.complaint.OrderKey;
import com.callcentre.workflow.complaint.TicketTrail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code escalateLevel1..3} (SL-2, SL-3): an order past its resolve limit goes up one level.
 * The ticket becomes searchable in Cockpit as breached, with its highest level, and the
 * escalation is on the trail: which level, to whom, when.
 */
@Component("escalateOrder")
class EscalateOrder implements JavaDelegate {

    private final EscalationChain chain;
    private final OrderClocks orders;
    private final TicketTrail trail;
    private final ClockTexts texts;

    EscalateOrder(EscalationChain chain, OrderClocks orders, TicketTrail trail, ClockTexts texts) {
        this.chain = chain;
        this.orders = orders;
        this.trail = trail;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int level = ((Number) execution.getVariable("escalationLevel")).intValue();
        OrderKey key = OrderKey.of(execution);
        orders.escalated(key, level);
        // Process-wide and searchable: the highest level any order of the ticket reached.
        Object current = execution.getProcessInstance().getVariable("escalationLevel");
        int highest = Math.max(level, current instanceof Number n ? n.intValue() : 0);
        execution.getProcessInstance().setVariable("escalationLevel", highest);
        execution.getProcessInstance().setVariable("breached", true);
        trail.record(key.ticketNo(), execution.getCurrentActivityId(), execution.getCurrentActivityName(),
                TicketTrail.SYSTEM, "LEVEL_" + level, texts.departmentName(key.department()) + "：处理时限 "
                        + texts.dateTime((java.util.Date) execution.getVariable(OrderClock.RESOLVE_DEADLINE))
                        + " 已过，督办 "
                        + com.callcentre.workflow.identity.StaffGroups.nameOf(chain.groupFor(level)));
    }
}
