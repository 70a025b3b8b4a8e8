package com.callcentre.workflow.staff;

/**
 * A member of staff on the roster.
 *
 * @param userId     the Camunda user id
 * @param name       the name staff see (王芳)
 * @param dutyLeader the user id of the employee's own duty leader; {@code null} for duty
 *                   leaders, directors and department liaisons, who have none
 */
public record Employee(String userId, String name, JobType jobType, SkillLevel skillLevel, String dutyLeader) {
}
