package com.callcentre.workflow.emergency;

/**
 * Something about an emergency the cs-director is told of by e-mail (EM-1): published inside the
 * step that decided it, so the mail is queued in that transaction ({@code notification} listens).
 * Free text as typed.
 *
 * @param what         REGISTERED (at once), UNANSWERED (the duty leader has not answered in time) or
 *                     LEVEL_SKIPPED (reported straight to the centre director, SL-3: told afterwards)
 * @param emergencyNo  the business key, {@code TF20300514-0001}
 * @param kindName     火灾 …
 * @param reportedText who reported it and when, 王芳（agent1） 2030-05-14 10:00
 * @param leaderText   the duty leader on duty, by name, or that nobody is
 * @param actionsTaken what the duty leader did, empty before it is recorded
 * @param taskId       the open task of the emergency, for the link; {@code null} for none
 */
public record EmergencyNotice(What what, String emergencyNo, String kindName, String location, String situation,
        String reportedText, String leaderText, String actionsTaken, String answerWithinText, String taskId) {

    /** What the cs-director is told. */
    public enum What { REGISTERED, UNANSWERED, LEVEL_SKIPPED }
}
