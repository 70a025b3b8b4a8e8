package com.callcentre.workflow.complaint;

import com.callcentre.workflow.identity.CurrentUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo data: a few tickets at different steps, so a new user finds work in every role's
 * Tasklist. Made by the demo users through the process itself, only into an empty ticket table.
 */
@Component
@Profile("demo & !test")
class DemoTickets {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTickets.class);

    private final ProcessEngine engine;
    private final ComplaintService complaints;
    private final TicketRepository tickets;

    DemoTickets(ProcessEngine engine, ComplaintService complaints, TicketRepository tickets) {
        this.engine = engine;
        this.complaints = complaints;
        this.tickets = tickets;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        if (tickets.count() > 0) {
            return;
        }
        // Waiting for the complaint manager (manager1).
        register("agent1", contact("COMPLAINT", "BILLING", "GOLD", "钱多多", "13800138000",
                "本月话费比上月多扣了 58 元，客户称未订购任何增值业务", false, false));
        // At the network department (network1).
        String atNetwork = register("agent2", contact("COMPLAINT", "NETWORK", "NONE", "孙小美", "13912345678",
                "家中宽带每晚 8 点后频繁断线，已持续一周", false, false));
        dispatch(atNetwork, "network");
        // Waiting for the receipt review (handler1).
        String atReview = register("agent3", contact("COMPLAINT", "PRODUCT", "SILVER", "周大福", "0755-23456789",
                "套餐变更后流量包未生效", false, false));
        dispatch(atReview, "business");
        answer(atReview, "business1", "经核查系统配置错误，已为客户补开流量包并赠送 1GB");
        // Waiting for the callback by its owner (agent1).
        String atCallback = register("agent1", contact("COMPLAINT", "SERVICE_ATTITUDE", "NONE", "吴晓梅", "13700001111",
                "营业厅工作人员态度生硬，拒绝解释资费", false, false));
        dispatch(atCallback, "aftersales");
        answer(atCallback, "aftersales1", "已约谈当班营业员并致歉，纳入月度考核");
        as("handler1", () -> complete(task(atCallback, "reviewReceipt"), Map.of("receiptAccepted", true)));
        // A major complaint: the duty leader (leader1) and the manager both have it.
        register("agent4", contact("COMPLAINT", "NETWORK", "DIAMOND", "郑大卫", "13600002222",
                "客户称将联系媒体：整栋写字楼移动信号中断 6 小时", false, true));
        // A consultation answered at first contact: archived at once.
        register("agent2", contact("CONSULTATION", "PRODUCT", "NONE", "冯一一", "13500003333",
                "咨询国际漫游资费", true, false));
        LOG.info("Demo tickets created: {}", tickets.count());
    }

    private static Map<String, Object> contact(String type, String category, String vip, String name, String phone,
            String description, boolean resolved, boolean major) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "HOTLINE");
        body.put("type", type);
        body.put("category", category);
        body.put("vipLevel", vip);
        body.put("customerName", name);
        body.put("customerPhone", phone);
        body.put("description", description);
        body.put("resolvedAtFirstContact", resolved);
        body.put("major", major);
        return body;
    }

    private String register(String agent, Map<String, Object> body) {
        return as(agent, () -> (String) complaints.start(body).getVariables().get("ticketNo"));
    }

    private void dispatch(String ticketNo, String department) {
        as("manager1", () -> complete(task(ticketNo, "dispatch"), Map.of(DispatchPlan.DEPARTMENTS,
                SpinValues.jsonValue(Spin.JSON(List.of(department)).toString()).create())));
    }

    private void answer(String ticketNo, String liaison, String receipt) {
        as(liaison, () -> complete(task(ticketNo, "handleOrder"),
                Map.of("orderOutcome", DepartmentOrderBook.RESOLVED, "receipt", receipt,
                        "receiptCause", "核实属实", "receiptMeasures", "已整改")));
    }

    private String task(String ticketNo, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticketNo)
                .taskDefinitionKey(key).singleResult().getId();
    }

    private Void complete(String taskId, Map<String, Object> variables) {
        TaskService tasks = engine.getTaskService();
        tasks.claim(taskId, CurrentUser.idIn(engine).orElseThrow());
        tasks.complete(taskId, variables);
        return null;
    }

    private <T> T as(String user, Supplier<T> action) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList());
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
