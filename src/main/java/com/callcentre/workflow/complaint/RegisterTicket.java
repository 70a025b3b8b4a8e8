package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.RequestRecords;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code registerTicket} (登记工单): checks the intake, gives the ticket its number, makes the
 * starter its first-contact owner (CP-2) and keeps the customer's name and phone in the ticket
 * table only (CP-9).
 */
@Component("registerTicket")
class RegisterTicket implements JavaDelegate {

    static final String CUSTOMER_NAME = "customerName";
    static final String CUSTOMER_PHONE = "customerPhone";
    private final RequestRecords records;
    private final TicketNumbers numbers;
    private final TicketRepository tickets;
    private final TicketTrail trail;
    private final IntakeLabels labels;

    RegisterTicket(RequestRecords records, TicketNumbers numbers, TicketRepository tickets,
            TicketTrail trail, IntakeLabels labels) {
        this.labels = labels;
        this.records = records;
        this.numbers = numbers;
        this.tickets = tickets;
        this.trail = trail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The API has read its intake already; a start form's is read here, by the same record's rules
        // (the form's other variables, such as the initiator, are no part of it).
        Map<String, Object> values = new HashMap<>(execution.getVariables());
        values.putIfAbsent("resolvedAtFirstContact", false); // an untouched checkbox is "no"
        values.putIfAbsent("major", false);
        ComplaintIntake intake = records.readKnown(values, ComplaintIntake.class);
        String owner = (String) execution.getVariable("initiator");
        if (owner == null) {
            throw InvalidInputException.of("owner", "登记人未登录（首问负责人不能为空）");
        }
        // CP-10, CP-11: a referral says why; a contact settled at first contact is nobody's to take over.
        if (intake.referred() && intake.resolvedAtFirstContact()) {
            throw InvalidInputException.of("referral", "首问即解决的来电无需转交值班长");
        }
        if (intake.referred() && (intake.referralReason() == null || intake.referralReason().isBlank())) {
            throw InvalidInputException.of("referralReason", "转交值班长须写明原因（CP-10、CP-11）");
        }
        String ticketNo = numbers.next();
        tickets.insert(new Ticket(ticketNo, execution.getProcessInstanceId(), intake, owner,
                TicketStatus.Status.REGISTERED, BusinessClock.timestamp()));
        execution.setProcessBusinessKey(ticketNo);

        // A start form's values would stay in the instance; the API's are transient anyway.
        execution.removeVariable(CUSTOMER_NAME);
        execution.removeVariable(CUSTOMER_PHONE);
        execution.setVariable("ticketNo", ticketNo);
        execution.setVariable("owner", owner);
        execution.setVariable("customerNameMasked", Masking.name(intake.customerName()));
        execution.setVariable("customerPhoneMasked", Masking.phone(intake.customerPhone()));
        execution.setVariable("channel", intake.channel().name());
        execution.setVariable("type", intake.type().name());
        execution.setVariable("category", intake.category().name());
        execution.setVariable("vipLevel", intake.vipLevel().name());
        // Labels for Tasklist's filter columns, which show variables as they are.
        execution.setVariable("categoryLabel", labels.nameOf("category", intake.category().name()));
        execution.setVariable("vipLevelLabel", labels.nameOf("vipLevel", intake.vipLevel().name()));
        execution.setVariable("description", intake.description());
        execution.setVariable("resolvedAtFirstContact", intake.resolvedAtFirstContact());
        execution.setVariable("major", intake.major());
        execution.setVariable("repeatOf", intake.repeatOf());
        execution.setVariable("referral", intake.referred() ? intake.referral().name() : "NONE");
        execution.setVariable("referralReason", intake.referred() ? intake.referralReason() : null);
        execution.setVariable("reopenCount", 0);
        execution.setVariable("callbackAttempts", 0);

        trail.record(ticketNo, "registerTicket", "登记工单", owner, intake.type().name(),
                labels.nameOf("channel", intake.channel().name()) + " / "
                        + labels.nameOf("category", intake.category().name())
                        + (intake.major() ? " / 重大投诉" : "")
                        + (intake.repeatOf() != null ? " / 重复投诉，原工单 " + intake.repeatOf() : ""));
        if (intake.referred()) {
            trail.record(ticketNo, "referToLeader", "转交值班长", owner, intake.referral().name(), intake.referralReason());
        }
    }
}
