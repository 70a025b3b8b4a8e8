package com.callcentre.workflow.complaint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives tickets through the real engine as the demo users, so every step also passes the
 * engine's authorizations as it would in Tasklist.
 */
public class ComplaintFixture {

    private final ProcessEngine engine;
    private final ComplaintService complaints;

    ComplaintFixture(ProcessEngine engine, ComplaintService complaints) {
        this.engine = engine;
        this.complaints = complaints;
    }

    /** A billing complaint from an ordinary customer, as an agent would take it on the hotline. */
    public static Map<String, Object> billingComplaint() {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "HOTLINE");
        body.put("type", "COMPLAINT");
        body.put("category", "BILLING");
        body.put("customerName", "张三");
        body.put("customerPhone", "13800138000");
        body.put("vipLevel", "NONE");
        body.put("description", "本月话费比上月多扣了 58 元");
        body.put("resolvedAtFirstContact", false);
        body.put("major", false);
        return body;
    }

    public ProcessInstance register(String user, Map<String, Object> body) {
        // The started instance itself: it may have ended already (CP-1).
        return as(user, () -> complaints.start(body));
    }

    /** The one open task with this key of the ticket. */
    public Task task(String ticketNo, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticketNo)
                .taskDefinitionKey(key).singleResult();
    }

    public List<Task> tasks(String ticketNo, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticketNo)
                .taskDefinitionKey(key).list();
    }

    /** Claims and completes as the user, as Tasklist does. */
    public void complete(String user, Task task, Map<String, Object> variables) {
        as(user, () -> {
            TaskService tasks = engine.getTaskService();
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), user);
            }
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    public List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).toList();
    }

    public <T> T as(String user, java.util.function.Supplier<T> action) {
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
