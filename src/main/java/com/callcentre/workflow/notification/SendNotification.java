package com.callcentre.workflow.notification;

import com.callcentre.workflow.notification.MailComposer.Mail;
import com.callcentre.workflow.complaint.TicketOwners;
import com.callcentre.workflow.system.Departments;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The model's e-mail step ({@code ${sendNotification}}): tells the recipients of
 * {@link RecipientRules} about a dispatch, reminder, breach or escalation.
 * <p>
 * <b>Asynchronous in the model</b> ({@code camunda:asyncBefore="true"},
 * {@code camunda:failedJobRetryTimeCycle="R3/PT5M"}): it runs as a job after the step that
 * reached it has committed, so an SMTP outage never rolls back or holds up that step. A failure
 * is thrown to the engine, which retries the job (three tries five minutes apart) and then
 * raises an incident; Cockpit's retry runs it again and sends what is still unsent.
 * <p>
 * <b>Input variables</b> (local inputs of the step, or variables of the instance):
 * {@code notificationEvent} DISPATCH | REMINDER | BREACH | ESCALATION (required);
 * {@code escalationLevel} Integer (required for ESCALATION: 2 cs-director, 3 centre director);
 * {@code department} the order's department code (required for DISPATCH; without it the
 * notice is about the ticket, not an order); {@code dispatchRound} Integer (required with a
 * department); {@code clock} ACKNOWLEDGE | RESOLVE (optional, default RESOLVE: which of the
 * order's limits a REMINDER or BREACH is about); {@code taskId} the task every recipient's link
 * opens (optional; without it each recipient's link opens the newest open task of the instance
 * that their group is a candidate for, else the task list); {@code deadline} java.util.Date
 * (optional). The ticket
 * number is the business key (or {@code ticketNo}); {@code category}, {@code major},
 * {@code owner} and {@code customerPhoneMasked} are read from the instance (docs/processes.md).
 * <p>
 * <b>At most once</b> per (ticket, order, event, recipient), across retries and nodes: the
 * outbox row is claimed in a committed transaction of its own before SMTP is spoken to; a row
 * already SENT or held by another sender is left alone; a refused send gives the claim back
 * (FAILED) and is thrown. The trade-off: a crash after the server took the message but before
 * the row says SENT leaves it SENDING, and it is never sent again. The issue prefers a lost
 * message to a duplicate (at most once, not at least once); such rows are visible in the table.
 */
@Component("sendNotification")
class SendNotification implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(SendNotification.class);

    private final Departments departments;
    private final RecipientRules recipients;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final Mailer mailer;
    private final TaskService tasks;
    private final TicketOwners owners;

    SendNotification(Departments departments, RecipientRules recipients, MailComposer composer, MailOutbox outbox,
            Mailer mailer, TaskService tasks, TicketOwners owners) {
        this.departments = departments;
        this.recipients = recipients;
        this.composer = composer;
        this.outbox = outbox;
        this.mailer = mailer;
        this.tasks = tasks;
        this.owners = owners;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticketNo = execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey()
                : (String) execution.getVariable("ticketNo");
        // The owner as the ticket table keeps it (CP-2): a variable could have been overwritten.
        Notice notice = Notice.read(ticketNo, name -> "owner".equals(name)
                ? owners.of(ticketNo).orElse((String) execution.getVariable(name))
                : execution.getVariable(name), departments);
        Map<String, String> openTaskOfGroup = new HashMap<>();
        for (Recipient recipient : recipients.of(notice)) {
            String taskId = notice.taskId() != null || recipient.group() == null ? notice.taskId()
                    : openTaskOfGroup.computeIfAbsent(recipient.group(),
                            group -> newestOpenTask(group, notice));
            sendOnce(notice, recipient, taskId);
        }
    }

    /**
     * Without a {@code taskId} from the model, a recipient's link opens the newest open task of
     * the ticket that their group is a candidate for (the department's order, a supervision
     * task) and that belongs to this order (its {@code department}); with none, the task list.
     * By business key, so that the step may also run in a notification process of its own.
     */
    private String newestOpenTask(String group, Notice notice) {
        String department = notice.department() == null ? null : notice.department().code();
        return CamundaStaffDirectory.unchecked(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(notice.ticketNo()).taskCandidateGroup(group).includeAssignedTasks().active()
                .orderByTaskCreateTime().desc().list().stream()
                .filter(task -> department == null || department.equals(tasks.getVariable(task.getId(), "department")))
                .map(Task::getId).findFirst().orElse(null));
    }

    private void sendOnce(Notice notice, Recipient recipient, String taskId) {
        // Composed before the claim: a template error must not leave a claim behind.
        Mail mail = composer.compose(notice, recipient, taskId);
        MailOutbox.Key key = MailOutbox.Key.of(notice, recipient);
        MailOutbox.Claim claim = outbox.claim(key, mail.subject());
        if (claim != MailOutbox.Claim.CLAIMED) {
            LOG.info("Mail {} not sent again: {}", key, claim);
            return;
        }
        try {
            mailer.send(mail, key);
        } catch (RuntimeException e) {
            outbox.markFailed(key, e.toString());
            throw new ProcessEngineException("邮件发送失败，稍后重试: " + key.ticketNo() + " " + key.orderKey() + " "
                    + key.event() + " → " + key.recipient() + ": " + e.getMessage(), e);
        }
        outbox.markSent(key);
        LOG.info("Mail {} sent", key);
    }
}
