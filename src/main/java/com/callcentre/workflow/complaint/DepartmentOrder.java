package com.callcentre.workflow.complaint;

import java.time.OffsetDateTime;

/** One department's supervision order of one dispatch round (CP-5) and its answer (CP-6). */
public record DepartmentOrder(int round, String department, String departmentName,
        OffsetDateTime openedAt, String outcome, String receipt, String sendBackReason,
        String answeredBy, OffsetDateTime answeredAt) {
}
