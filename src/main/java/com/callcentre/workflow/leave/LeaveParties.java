package com.callcentre.workflow.leave;

import com.callcentre.workflow.identity.RequestParties;
import com.callcentre.workflow.system.ProcessKeys;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** LV-3: nobody approves a leave they asked for or that is theirs, at any level. */
@Component
class LeaveParties implements RequestParties {

    private final LeaveBook book;

    LeaveParties(LeaveBook book) {
        this.book = book;
    }

    @Override
    public String processKey() {
        return ProcessKeys.LEAVE_REQUEST;
    }

    @Override
    public Set<String> approvalTasks() {
        return CheckLeaveAnswer.LEVELS.keySet();
    }

    @Override
    public Set<String> of(String requestId) {
        return requestId == null ? Set.of() : book.find(requestId)
                .map(r -> Stream.of(r.employee(), r.submitter()).filter(p -> p != null).collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
