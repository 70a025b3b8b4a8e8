package com.callcentre.workflow.complaint;

import com.callcentre.workflow.identity.TaskFollowers;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * CP-2: the first-contact owner follows their ticket to its close. Every task of the ticket,
 * whoever works it, gets the owner as a follower ({@link TaskFollowers}): they may read it, not
 * work it, and Tasklist's 我的工单 lists it.
 */
@Component
class OwnerFollows implements TaskListener {

    private final TicketOwners owners;

    OwnerFollows(TicketOwners owners) {
        this.owners = owners;
    }

    @Override
    public void notify(DelegateTask task) {
        owners.of(task.getExecution().getProcessBusinessKey())
                .ifPresent(owner -> task.addUserIdentityLink(owner, TaskFollowers.LINK_TYPE));
    }
}
