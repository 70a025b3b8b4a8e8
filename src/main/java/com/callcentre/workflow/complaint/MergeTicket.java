package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.ProcessKeys;
import com.callcentre.workflow.system.RuleRefusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code mergeTicket} (合并至保留工单), in the interrupting event sub-process 工单合并: the
 * duplicate ends as MERGED. Its open tasks, department orders, timers and the customer's-answer
 * clock end with the sub-process's interruption; here its open orders are withdrawn, its status
 * set (the owner is told, CP-2) and both trails get a row (CP-8), keeping every earlier one.
 * <p>
 * Every route is a route: the message is only ever correlated by {@link TicketLinkDesk} after its
 * checks (a complaint manager or director, the refusals), which writes the {@code ticket_link}
 * row first in the same transaction. A message sent any other way (an administrator over
 * {@code /engine-rest/message}) finds no such row and is refused, nothing changed.
 */
@Component("mergeTicket")
class MergeTicket implements JavaDelegate {

    static final String STEP = "mergeTicket";
    static final String WITHDRAWN = "WITHDRAWN";

    private final TicketLinks links;
    private final TicketStatus status;
    private final TicketTrail trail;
    private final JdbcClient jdbc;

    MergeTicket(TicketLinks links, TicketStatus status, TicketTrail trail, JdbcClient jdbc) {
        this.links = links;
        this.status = status;
        this.trail = trail;
        this.jdbc = jdbc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String duplicate = execution.getProcessBusinessKey();
        TicketLinks.Row merge = links.mergeOf(duplicate).orElseThrow(() -> new RuleRefusal("CP-8",
                "工单合并须由投诉管理员通过「合并工单」办理（POST /api/tickets/" + duplicate + "/links），不能直接发送合并消息"));
        // The orders still open are withdrawn: the departments' work on this ticket ends here.
        jdbc.sql("""
                update department_order set outcome = ? where ticket_no = ? and outcome is null""")
                .params(WITHDRAWN, duplicate)
                .update();
        status.set(duplicate, TicketStatus.Status.MERGED);
        // Kept in the history: whoever acts on a withdrawn task later is told who merged it where.
        execution.setVariable(ProcessKeys.MERGED_INTO, merge.otherTicketNo());
        execution.setVariable(ProcessKeys.MERGED_BY, merge.linkedBy());
        trail.record(duplicate, STEP, "合并工单", merge.linkedBy(), TicketStatus.Status.MERGED.name(),
                "合并至 " + merge.otherTicketNo() + "：" + merge.reason());
        trail.record(merge.otherTicketNo(), STEP, "合并工单", merge.linkedBy(), TicketLinks.MERGED_FROM,
                "由 " + duplicate + " 合并：" + merge.reason());
    }
}
