/**
 * Who is who: the staff groups of domain rules §1 and the department groups, their Camunda
 * authorizations (one declarative table, applied idempotently at start-up), the demo users of
 * the {@code demo} profile, and authentication of {@code /api} and {@code /engine-rest}.
 */
package com.callcentre.workflow.identity;
