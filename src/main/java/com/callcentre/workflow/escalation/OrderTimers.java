package com.callcentre.workflow.escalation;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * The timer jobs of one order (reminder, breach, escalation levels), found among the engine's
 * jobs by the executions that enclose the caller. Pausing suspends them (Cockpit shows them
 * suspended); resuming gives them their new due dates and activates them. Both change the job
 * entity itself, in the caller's transaction: the engine's bulk suspension would update the
 * same rows behind the entity's back and fail its optimistic lock.
 */
@Component
class OrderTimers {

    private final ManagementService management;

    OrderTimers(ManagementService management) {
        this.management = management;
    }

    void suspend(DelegateExecution execution) {
        for (JobEntity job : of(execution)) {
            job.setSuspensionState(SuspensionState.SUSPENDED.getStateCode());
        }
    }

    void resume(DelegateExecution execution, UnaryOperator<Instant> newDue) {
        for (JobEntity job : of(execution)) {
            job.setDuedate(Date.from(newDue.apply(job.getDuedate().toInstant())));
            job.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
        }
    }

    private List<JobEntity> of(DelegateExecution execution) {
        Set<String> enclosing = new HashSet<>();
        for (ExecutionEntity e = (ExecutionEntity) execution; e != null; e = e.getParent()) {
            enclosing.add(e.getId());
        }
        List<Job> timers = management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).timers().list();
        return timers.stream().filter(job -> enclosing.contains(job.getExecutionId()))
                .map(job -> Context.getCommandContext().getJobManager().findJobById(job.getId())).toList();
    }
}
