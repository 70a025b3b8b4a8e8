package com.callcentre.workflow.identity;

/**
 * A follower of a task (CP-2: a ticket's first-contact owner on every task of their ticket): a
 * user identity link of its own type, which {@link TaskGrantProvider} answers with READ only, so
 * the follower finds the task (Tasklist's 我的工单, {@code taskInvolvedUser}) and reads it, but
 * may neither claim nor complete it.
 */
public final class TaskFollowers {

    /** The identity link type of a follower. */
    public static final String LINK_TYPE = "follower";

    private TaskFollowers() {
    }
}
