package com.callcentre.workflow.identity;

import java.util.Set;

/**
 * The people a request is about (the employee and submitter of a leave, the two people of a
 * swap), as the feature's own table records them: nobody decides on a request they are party to
 * (LV-3, SW-2, SW-9), so its approval tasks may not be handed to them. Each feature with
 * approvals provides one; {@link AssignmentGuard} asks them.
 */
public interface RequestParties {

    /** The process this feature's requests run in. */
    String processKey();

    /** The task keys whose worker decides on the request. */
    Set<String> approvalTasks();

    /** The parties of the request with this business key; empty when unknown. */
    Set<String> of(String businessKey);
}
