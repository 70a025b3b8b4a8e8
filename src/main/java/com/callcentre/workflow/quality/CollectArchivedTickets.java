package com.callcentre.workflow.quality;

import com.callcentre.workflow.complaint.PeriodRecords;
import com.callcentre.workflow.system.BusinessClock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code collectArchivedTickets} (收集前一日归档工单, CP-8): the tickets closed the business day
 * before (in {@code centre.business-zone}) that are not audited yet, for this instance. Sets
 * {@code auditDay} (2030-03-04), {@code auditCount} (how many; none ends the instance) and the
 * business key {@code JY20300304}. Idempotent: a second run for the same day collects nothing.
 */
@Component("collectArchivedTickets")
class CollectArchivedTickets implements JavaDelegate {

    static final String AUDIT_DAY = "auditDay";
    static final String AUDIT_COUNT = "auditCount";

    private final PeriodRecords records;
    private final AuditBook book;
    private final BusinessClock clock;

    CollectArchivedTickets(PeriodRecords records, AuditBook book, BusinessClock clock) {
        this.records = records;
        this.book = book;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ZoneId zone = clock.zone();
        LocalDate day = clock.today().minusDays(1);
        int added = book.collect(day, execution.getProcessInstanceId(), records.closed(
                day.atStartOfDay(zone).toOffsetDateTime(), day.plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        execution.setProcessBusinessKey("JY" + day.toString().replace("-", ""));
        execution.setVariable(AUDIT_DAY, day.toString());
        execution.setVariable(AUDIT_COUNT, added);
    }
}
