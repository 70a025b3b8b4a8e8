package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.identity.RequestParties;
import com.callcentre.workflow.system.ProcessKeys;
import java.util.Set;
import org.springframework.stereotype.Component;

/** SW-2, SW-9: the duty leaders decide on a swap, never one of its two people. */
@Component
class SwapParties implements RequestParties {

    static final String APPROVAL_TASK = "leaderApproval";

    private final SwapRecords records;

    SwapParties(SwapRecords records) {
        this.records = records;
    }

    @Override
    public String processKey() {
        return ProcessKeys.SHIFT_SWAP;
    }

    @Override
    public Set<String> approvalTasks() {
        return Set.of(APPROVAL_TASK);
    }

    @Override
    public Set<String> of(String requestId) {
        return requestId == null ? Set.of()
                : records.find(requestId).map(r -> Set.of(r.requester(), r.colleague())).orElse(Set.of());
    }
}
