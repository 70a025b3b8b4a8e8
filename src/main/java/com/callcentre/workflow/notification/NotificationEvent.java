package com.callcentre.workflow.notification;

/** What a notification is about; the model's {@code notificationEvent} names one of these. */
enum NotificationEvent {
    /** A ticket is registered: a major one to the duty leader on duty and the cs-director (CP-4), a VIP customer's to their account managers (CP-12). */
    INTAKE,
    /** An order reaches a department (CP-5). */
    DISPATCH,
    /** The reminder point of an order's limit is reached (SL-4). */
    REMINDER,
    /** An order's resolve limit is breached: the duty leaders are told at once (SL-2). */
    BREACH,
    /** An overdue order goes one level further up (SL-3). */
    ESCALATION,
    /** A supervisor's instruction on an overdue order: its department is told (SL-3). */
    INSTRUCTION,
    /** A step of the centre's own (dispatch, review, callback...) passed its limit: the duty leader on duty is told (SL-2). */
    STEP_BREACH,
    /** The reminder point of the customer's-answer limit: the first-contact owner is told (SL-1, CP-2). */
    ANSWER_REMINDER,
    /** The customer's-answer limit is breached: the duty leader on duty supervises, the owner is told (SL-1, SL-2). */
    ANSWER_BREACH,
    /** The customer is still not answered: one level further up (SL-3). */
    ANSWER_ESCALATION,
    /** The ticket moved on (dispatched, answered, sent back, reopened, taken over, closed): its first-contact owner is told (CP-2). */
    OWNER_UPDATE,
    /** In an emergency the first level reported straight to the third: the skipped second level is told afterwards (SL-3). */
    LEVEL_SKIPPED,
    /** The day-shift duty leader filed the daily report (值班日报): the cs-director reads it (RP-1). */
    DUTY_REPORT,
    /** The duty leaders filed the month's service-quality analysis: the cs-director reads it (RP-1, CP-8). */
    QUALITY_ANALYSIS,
    /** The month's analysis is not in at its reminder point: the duty leaders are reminded (RP-1, CP-8). */
    ANALYSIS_REMINDER,
    /** A sick leave's certificate was not handed in by its due date: the employee's duty leader is told (LV-5). */
    CERTIFICATE_MISSING,
    /** An emergency was registered: the cs-director is told at once (EM-1). */
    EMERGENCY,
    /** The duty leader has not handled an emergency in time: the cs-director is told (EM-1). */
    EMERGENCY_UNANSWERED,
    /** The duty leader reported an emergency straight to the centre director: the skipped cs-director is told afterwards (SL-3, EM-1). */
    EMERGENCY_LEVEL_SKIPPED,
    /** The incoming duty leader has not confirmed a shift handover in time: the duty leaders are reminded (HO-4). */
    HANDOVER_REMINDER,
    /** A shift handover is still not confirmed later: the cs-director is told (HO-4). */
    HANDOVER_OVERDUE,
    /** The month's attendance register was published: each person gets their own line only (seed 001 考勤). */
    ATTENDANCE_LINE,
    /** The month's attendance register was published: the duty leaders and the cs-director get the whole of it. */
    ATTENDANCE_REGISTER
}
