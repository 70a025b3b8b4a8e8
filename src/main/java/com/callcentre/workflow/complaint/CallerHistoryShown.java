package com.callcentre.workflow.complaint;

/**
 * Someone was shown the history of a caller's number ({@link CallerHistory}, CP-3), published so
 * that the look is recorded like a search by phone (CP-9, the {@code search} package's record for
 * the quality inspector). Synchronous: a look that cannot be recorded fails.
 *
 * @param readBy      the staff id of who was shown it
 * @param phoneMasked the number masked ({@link PhoneHash#masked})
 * @param phoneHash   the number's keyed hash, never the number
 * @param results     how many tickets were shown
 */
public record CallerHistoryShown(String readBy, String phoneMasked, String phoneHash, long results) {
}
