package com.callcentre.workflow.quality;

import com.callcentre.workflow.complaint.IntakeLabels;
import com.callcentre.workflow.complaint.TrailText;
import com.callcentre.workflow.system.ShownText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The user task {@code auditTicket} (审核归档工单, CP-8), one per collected ticket: the collection,
 * by category in the intake form's order, and what each task shows. The task's name carries the
 * category (审核归档工单（计费账务）), so Tasklist's 每日审核 lists a day's archive by category.
 * The form shows the ticket's number, category, handler, owner and trail, never the customer's
 * name or phone (CP-9); the answer variables are local to each ticket's execution, so parallel
 * verdicts do not overwrite each other.
 */
@Component("auditTasks")
public class AuditTasks {

    static final String TICKET_NO = "ticketNo";
    static final String OUTCOME = "auditOutcome";
    static final String REASON = "auditReason";
    static final String TASK_NAME = "审核归档工单";

    private final AuditBook book;
    private final IntakeLabels labels;
    private final TrailText trail;

    AuditTasks(AuditBook book, IntakeLabels labels, TrailText trail) {
        this.book = book;
        this.labels = labels;
        this.trail = trail;
    }

    /** The multi-instance collection: this instance's tickets, by category, then number. */
    public List<String> tickets(DelegateExecution execution) {
        List<String> order = new ArrayList<>(labels.of("category").keySet());
        return book.collectedBy(execution.getProcessInstanceId()).stream()
                .sorted(Comparator.comparingInt((AuditBook.Audit a) -> rank(order, a.category()))
                        .thenComparing(AuditBook.Audit::ticketNo))
                .map(AuditBook.Audit::ticketNo).toList();
    }

    /** Create listener: the ticket's facts as task-local variables, the answers cleared on its execution. */
    public void prepare(DelegateTask task) {
        String ticketNo = (String) task.getVariable(TICKET_NO);
        AuditBook.Audit audit = book.find(ticketNo).orElseThrow(() ->
                new IllegalStateException("Ticket " + ticketNo + " was not collected for audit"));
        String category = labels.nameOf("category", audit.category());
        task.setName(TASK_NAME + "（" + category + "）");
        task.setVariableLocal(TICKET_NO, ticketNo);
        task.setVariableLocal("categoryLabel", category);
        task.setVariableLocal("handlerName", audit.handler() == null ? "（无回单审核）" : person(audit.handler()));
        task.setVariableLocal("ownerName", person(audit.owner()));
        task.setVariableLocal("auditDayText", audit.auditDay().toString());
        task.setVariableLocal("auditSummary", ShownText.literal(trail.of(ticketNo)));
        task.getExecution().setVariableLocal(OUTCOME, null);
        task.getExecution().setVariableLocal(REASON, null);
    }

    private static int rank(List<String> order, String category) {
        int index = order.indexOf(category);
        return index < 0 ? order.size() : index;
    }

    /** A colleague as staff know them: 陈静（handler1）. */
    private static String person(String userId) {
        User user = Context.getCommandContext().runWithoutAuthorization(() -> Context.getProcessEngineConfiguration()
                .getIdentityService().createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = ((user.getLastName() == null ? "" : user.getLastName())
                + (user.getFirstName() == null ? "" : user.getFirstName())).trim();
        return name.isEmpty() ? userId : name + "（" + userId + "）";
    }
}
