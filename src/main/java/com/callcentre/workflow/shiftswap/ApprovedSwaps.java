package com.callcentre.workflow.shiftswap;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The swap record (换班登记表) as attendance reads it (SW-6): who the two people of an approved swap
 * or cover are, so that a gap caused by an unclear handover is recorded against both.
 */
@Component
public class ApprovedSwaps {

    /** An approved swap or cover (SW-11) by its request id (HB…). */
    public record Swap(long id, String requestId, String requester, String colleague, boolean cover) {

        public boolean involves(String userId) {
            return requester.equals(userId) || colleague.equals(userId);
        }

        /** The other one of the two. */
        public String otherThan(String userId) {
            return requester.equals(userId) ? colleague : requester;
        }
    }

    private final SwapRecords records;

    ApprovedSwaps(SwapRecords records) {
        this.records = records;
    }

    public Optional<Swap> find(String requestId) {
        return records.find(requestId).filter(s -> s.status() == SwapRecord.Status.APPROVED)
                .map(s -> new Swap(s.id(), s.requestId(), s.requester(), s.colleague(), s.kind() == SwapKind.COVER));
    }
}
