package com.callcentre.workflow.escalation;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.system.ProcessKeys;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * SL-6 for the centre's own steps (issue 15): the open dispatch, review, callback, customer
 * contact and takeover tasks past their due date ({@link CentreClock}), most overdue first, for
 * the SLA board beside the departments' orders. Read without the caller's task grants: the board
 * is for those who may monitor every running complaint ({@link SlaMonitor#mayMonitor}).
 */
@Component
class LateCentreSteps {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final ClockTexts texts;

    LateCentreSteps(TaskService tasks, RuntimeService runtime, CurrentUser currentUser, ClockTexts texts) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.currentUser = currentUser;
        this.texts = texts;
    }

    List<SlaCentreStep> at(Instant now, ZoneId zone) {
        return currentUser.withoutAuthorization(() -> {
            List<Task> late = tasks.createTaskQuery().processDefinitionKey(ProcessKeys.COMPLAINT_HANDLING)
                    .taskDefinitionKeyIn(CentreStep.taskKeys()).dueBefore(java.util.Date.from(now)).active().list();
            Set<String> instances = late.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
            Map<String, String> ticketNos = instances.isEmpty() ? Map.of()
                    : runtime.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
                            .collect(Collectors.toMap(ProcessInstance::getId,
                                    pi -> pi.getBusinessKey() == null ? "" : pi.getBusinessKey()));
            return late.stream().map(task -> {
                Duration overdue = Duration.between(task.getDueDate().toInstant(), now);
                return new SlaCentreStep(ticketNos.getOrDefault(task.getProcessInstanceId(), ""),
                        task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                        task.getCreateTime().toInstant().atZone(zone).toOffsetDateTime(),
                        task.getDueDate().toInstant().atZone(zone).toOffsetDateTime(), overdue.toMinutes(),
                        "超时 " + texts.duration(overdue));
            }).sorted(Comparator.comparingLong(SlaCentreStep::overdueMinutes).reversed()
                    .thenComparing(SlaCentreStep::ticketNo)).toList();
        });
    }
}
