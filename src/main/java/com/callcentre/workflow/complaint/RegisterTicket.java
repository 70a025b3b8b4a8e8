package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.InvalidInputException;
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
    /** Chinese labels for Tasklist's filter columns, which show variables as they are (the forms say the same). */
    static final Map<ComplaintIntake.Category, String> CATEGORY_LABELS = Map.of(
            ComplaintIntake.Category.NETWORK, "网络质量", ComplaintIntake.Category.BILLING, "计费账务",
            ComplaintIntake.Category.SERVICE_ATTITUDE, "服务态度", ComplaintIntake.Category.PRODUCT, "产品业务",
            ComplaintIntake.Category.OTHER, "其他");
    static final Map<ComplaintIntake.VipLevel, String> VIP_LEVEL_LABELS = Map.of(
            ComplaintIntake.VipLevel.NONE, "普通客户", ComplaintIntake.VipLevel.SILVER, "银卡",
            ComplaintIntake.VipLevel.GOLD, "金卡", ComplaintIntake.VipLevel.DIAMOND, "钻石卡");

    private final IntakeValidation validation;
    private final TicketNumbers numbers;
    private final TicketRepository tickets;
    private final TicketTrail trail;

    RegisterTicket(IntakeValidation validation, TicketNumbers numbers, TicketRepository tickets,
            TicketTrail trail) {
        this.validation = validation;
        this.numbers = numbers;
        this.tickets = tickets;
        this.trail = trail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The API has read its intake already; a start form's is read here.
        ComplaintIntake intake = validation.fromStartForm(execution.getVariables());
        String owner = (String) execution.getVariable("initiator");
        if (owner == null) {
            throw InvalidInputException.of("owner", "登记人未登录（首问负责人不能为空）");
        }
        String ticketNo = numbers.next();
        tickets.insert(new Ticket(ticketNo, execution.getProcessInstanceId(), intake, owner,
                TicketStatus.Status.REGISTERED, TicketTrail.now()));
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
        execution.setVariable("categoryLabel", CATEGORY_LABELS.get(intake.category()));
        execution.setVariable("vipLevelLabel", VIP_LEVEL_LABELS.get(intake.vipLevel()));
        execution.setVariable("description", intake.description());
        execution.setVariable("resolvedAtFirstContact", intake.resolvedAtFirstContact());
        execution.setVariable("major", intake.major());
        execution.setVariable("repeatOf", intake.repeatOf());
        execution.setVariable("reopenCount", 0);
        execution.setVariable("callbackAttempts", 0);

        trail.record(ticketNo, "registerTicket", "登记工单", owner, intake.type().name(),
                intake.channel().name() + " / " + intake.category().name()
                        + (intake.major() ? " / 重大投诉" : "")
                        + (intake.repeatOf() != null ? " / 重复投诉，原工单 " + intake.repeatOf() : ""));
    }
}
