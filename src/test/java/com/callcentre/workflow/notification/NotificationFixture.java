package com.callcentre.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.system.ProcessKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ServiceTaskBuilder;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A tiny process for the e-mail step, as the complaint model uses it: a service task
 * {@code ${sendNotification}} that queues the messages in the step's transaction, with the step's
 * inputs mapped from instance variables; and a variant with orders and their tasks beside the
 * step, to link to. Each queued message is sent by a {@code mail-delivery} instance of its own,
 * whose job the tests run as the job executor would. Deployed for a test and removed after it.
 */
public class NotificationFixture {

    static final String PROCESS = "notification-test";
    static final String ORDER_PROCESS = "notification-order-test";
    static final String BILLING = "billing@departments.example";

    private final ProcessEngine engine;
    private final MailOutbox outbox;
    private final JdbcClient jdbc;
    private final AtomicInteger failuresAfterSend = new AtomicInteger();
    private String deploymentId;

    NotificationFixture(ProcessEngine engine, MailOutbox outbox, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.outbox = outbox;
    }

    static BpmnModelInstance model() {
        return sendStep(Bpmn.createExecutableProcess(PROCESS).name("通知测试").camundaHistoryTimeToLive(1)
                .startEvent())
                .serviceTask("afterSend").camundaExpression("${notificationFixture.afterSend(execution)}")
                .endEvent()
                .done();
    }

    /**
     * As complaint-handling has its orders: one per department of {@code orderDepartments}
     * (element variable {@code department}), each with the department's task, a duty leader's
     * supervision task and the e-mail step beside them, which reads the order from its scope.
     */
    static BpmnModelInstance withOrders() {
        SubProcessBuilder orders = Bpmn.createExecutableProcess(ORDER_PROCESS).name("通知测试（督办单）")
                .camundaHistoryTimeToLive(1).startEvent().subProcess("orders");
        orders.multiInstance().parallel().camundaCollection("${orderDepartments}").camundaElementVariable("department");
        return orders.embeddedSubProcess().startEvent()
                .parallelGateway("split")
                .userTask("handleOrder").camundaCandidateGroups("dept-${department}").endEvent("answered")
                .moveToNode("split")
                .userTask("superviseOrder").camundaCandidateGroups("duty-leader").endEvent("supervised")
                .moveToNode("split")
                .serviceTask("sendNotification").name("发送通知")
                .camundaDelegateExpression("${sendNotification}")
                .camundaInputParameter("notificationEvent", "${event}")
                .endEvent("told")
                .subProcessDone()
                .endEvent()
                .done();
    }

    /** The e-mail step as the complaint model has it: in the step's transaction, inputs mapped. */
    private static ServiceTaskBuilder sendStep(AbstractFlowNodeBuilder<?, ?> before) {
        return before.serviceTask("sendNotification").name("发送通知")
                .camundaDelegateExpression("${sendNotification}")
                .camundaInputParameter("notificationEvent", "${event}")
                .camundaInputParameter("escalationLevel", "${execution.getVariable('level')}")
                .camundaInputParameter("department", "${execution.getVariable('orderDepartment')}")
                .camundaInputParameter("clock", "${execution.getVariable('limit')}")
                .camundaInputParameter("taskId", "${execution.getVariable('linkTask')}")
                .camundaInputParameter("deadline", "${execution.getVariable('due')}");
    }

    void deploy() {
        failuresAfterSend.set(0);
        deploymentId = engine.getRepositoryService().createDeployment().name(PROCESS)
                .addModelInstance(PROCESS + ".bpmn", model())
                .addModelInstance(ORDER_PROCESS + ".bpmn", withOrders()).deploy().getId();
    }

    void undeploy() {
        if (deploymentId != null) {
            engine.getRepositoryService().deleteDeployment(deploymentId, true);
            deploymentId = null;
        }
    }

    /** A ticket number of its own for each test: the outbox keeps rows across tests. */
    static String newTicketNo() {
        return "NT" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    /**
     * The variables complaint-handling holds (docs/processes.md), with a full phone in the
     * masked one and the customer's name as a variable, to show neither reaches a message.
     */
    static Map<String, Object> ticket(String event) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("event", event);
        variables.put("category", "BILLING");
        variables.put("major", false);
        variables.put("owner", "agent1");
        variables.put("customerPhoneMasked", "13800138000");
        variables.put("customerName", "欧阳小明");
        variables.put("orderDepartment", "billing");
        variables.put("dispatchRound", 1);
        return variables;
    }

    ProcessInstance start(String ticketNo, Map<String, Object> variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, ticketNo, variables);
    }

    ProcessInstance startWithOrders(String ticketNo, Map<String, Object> variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(ORDER_PROCESS, ticketNo, variables);
    }

    /** The delivery instances of this ticket's queued mail (mail-delivery, one per message). */
    private List<String> deliveries(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.MAIL_DELIVERY)
                .processInstanceBusinessKey(instance.getBusinessKey()).list().stream().map(ProcessInstance::getId).toList();
    }

    private List<Job> deliveryJobs(ProcessInstance instance, boolean executableOnly) {
        List<String> deliveries = deliveries(instance);
        var query = engine.getManagementService().createJobQuery().processDefinitionKey(ProcessKeys.MAIL_DELIVERY);
        return (executableOnly ? query.executable() : query).list().stream()
                .filter(job -> deliveries.contains(job.getProcessInstanceId())).toList();
    }

    /** The one delivery job of this ticket's queued mail. */
    Job job(ProcessInstance instance) {
        List<Job> jobs = deliveryJobs(instance, false);
        assertThat(jobs).as("one queued message").hasSize(1);
        return jobs.get(0);
    }

    List<Job> executableJobs(ProcessInstance instance) {
        return deliveryJobs(instance, true);
    }

    /** Sends this ticket's queued mail as the job executor would (tests have none). */
    void run(ProcessInstance instance) {
        ManagementService management = engine.getManagementService();
        deliveryJobs(instance, false).forEach(job -> management.executeJob(job.getId()));
    }

    void runAll(ProcessInstance instance) {
        run(instance);
    }

    /** The open task of this key that belongs to the department's order. */
    String taskOf(ProcessInstance instance, String key, String department) {
        TaskService tasks = engine.getTaskService();
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list().stream()
                .filter(task -> department.equals(tasks.getVariable(task.getId(), "department")))
                .findFirst().orElseThrow().getId();
    }

    /** The step's instance has ended and none of its mail waits for delivery. */
    boolean ended(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0
                && deliveries(instance).isEmpty();
    }

    /** The next run of the step after sending fails, so the engine rolls the job back. */
    void failAfterSendOnce() {
        failuresAfterSend.set(1);
    }

    /** Called by the model's {@code afterSend}. */
    public void afterSend(DelegateExecution execution) {
        if (failuresAfterSend.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("the engine fails after the mail went out");
        }
    }

    int attempts(String ticketNo, String orderKey, String event, String recipient) {
        return jdbc.sql("select attempts from mail_outbox where ticket_no = ? and order_key = ? and event = ? and recipient = ?")
                .params(ticketNo, orderKey, event, recipient).query(Integer.class).single();
    }

    MailOutbox.Status status(String ticketNo, String orderKey, String event, String recipient) {
        return outbox.status(new MailOutbox.Key(ticketNo, orderKey, event, recipient)).orElse(null);
    }
}
