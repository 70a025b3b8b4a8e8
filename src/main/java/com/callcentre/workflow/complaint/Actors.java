package com.callcentre.workflow.complaint;

import com.callcentre.workflow.identity.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who acts on a task: the logged-in user (Tasklist, API), else the assignee. */
final class Actors {

    private Actors() {
    }

    /** At the end of a task's activity only the logged-in user is known. */
    static String of(DelegateExecution execution) {
        return CurrentUser.idIn(execution.getProcessEngineServices()).orElse(TicketTrail.SYSTEM);
    }

    static String of(DelegateTask task) {
        return CurrentUser.idIn(task.getProcessEngineServices())
                .orElseGet(() -> task.getAssignee() != null ? task.getAssignee() : TicketTrail.SYSTEM);
    }
}
