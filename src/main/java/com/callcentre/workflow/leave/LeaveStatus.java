package com.callcentre.workflow.leave;

/** Where a request stands; CANCELLED when its process instance is cancelled before a decision. */
public enum LeaveStatus {
    PENDING,
    APPROVED,
    REJECTED,
    CANCELLED
}
