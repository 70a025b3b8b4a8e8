/**
 * Who is who and who sees what: the staff groups of domain rules §1 and the department groups,
 * their Camunda authorizations ({@link com.callcentre.workflow.identity.AccessPolicy}, one
 * declarative table) and the Tasklist filters shared with them (TasklistFilters, one table),
 * applied idempotently at start-up; what a task's candidates may do with it and the assignment
 * rule (TaskGrants); who is signed in, for every feature (CurrentUser); the demo users of the
 * {@code demo} profile; authentication of {@code /api} and {@code /engine-rest}. The rules are
 * in docs/authorization.md.
 */
@OwnsTables({"spring_session", "spring_session_attributes"})
package com.callcentre.workflow.identity;

import com.callcentre.workflow.system.OwnsTables;

