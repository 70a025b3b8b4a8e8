package com.callcentre.workflow.notification;

import com.callcentre.workflow.notification.MailComposer.Mail;
import com.callcentre.workflow.complaint.TicketOwners;
import com.callcentre.workflow.system.Departments;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The model's e-mail step ({@code ${sendNotification}}): tells the recipients of
 * {@link RecipientRules} about a dispatch, reminder, breach or escalation.
 * <p>
 * <b>Queued, not sent, in the step</b> (issue 12): each message is composed and written to the
 * outbox in the step's own transaction, and a {@code mail-delivery} process instance of its own
 * sends it after that transaction commits ({@link DeliverMail}). Nothing of the mail lives in the
 * complaint's scopes any more: a department answering its order never meets a mail job of that
 * order, and an SMTP outage never holds up or rolls back a step.
 * <p>
 * <b>Input variables</b> (local inputs of the step, or variables of the instance):
 * {@code notificationEvent} DISPATCH | REMINDER | BREACH | ESCALATION (required);
 * {@code escalationLevel} Integer (required for ESCALATION: 2 cs-director, 3 centre director);
 * {@code department} the order's department code (required for DISPATCH; without it the
 * notice is about the ticket, not an order); {@code dispatchRound} Integer (required with a
 * department); {@code clock} ACKNOWLEDGE | RESOLVE (optional, default RESOLVE: which of the
 * order's limits a REMINDER or BREACH is about); {@code taskId} the task every recipient's link
 * opens (optional; without it each recipient's link opens the newest open task of the instance
 * that their group is a candidate for, else the task list; the model creates that task before
 * this step); {@code deadline} java.util.Date (optional). The ticket number is the business key
 * (or {@code ticketNo}); {@code category}, {@code major}, {@code owner} and
 * {@code customerPhoneMasked} are read from the instance (docs/processes.md).
 * <p>
 * <b>Once</b> per (ticket, order, event, recipient): the outbox's unique key; a step run again
 * queues nothing new.
 */
@Component("sendNotification")
class SendNotification implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(SendNotification.class);

    private final Departments departments;
    private final RecipientRules recipients;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final MailDelivery delivery;
    private final TaskService tasks;
    private final TicketOwners owners;

    SendNotification(Departments departments, RecipientRules recipients, MailComposer composer, MailOutbox outbox,
            MailDelivery delivery, TaskService tasks, TicketOwners owners) {
        this.departments = departments;
        this.recipients = recipients;
        this.composer = composer;
        this.outbox = outbox;
        this.delivery = delivery;
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
            queue(notice, recipient, taskId);
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
        String created = createdInThisStep(group, notice.ticketNo(), department);
        if (created != null) {
            return created;
        }
        return CamundaStaffDirectory.unchecked(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(notice.ticketNo()).taskCandidateGroup(group).includeAssignedTasks().active()
                .orderByTaskCreateTime().desc().list().stream()
                .filter(task -> department == null || department.equals(tasks.getVariable(task.getId(), "department")))
                .map(Task::getId).findFirst().orElse(null));
    }

    /**
     * A task the model created in this very step (the order's task, the supervision task, created
     * before the e-mail step): not in the database before the step commits, so found among the
     * command's own entities.
     */
    private static String createdInThisStep(String group, String ticketNo, String department) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            return null;
        }
        return context.getDbEntityManager().getCachedEntitiesByType(TaskEntity.class).stream()
                .filter(task -> !task.isDeleted() && task.getProcessInstance() != null
                        && ticketNo.equals(task.getProcessInstance().getBusinessKey()))
                .filter(task -> task.getCandidates().stream().anyMatch(link -> group.equals(link.getGroupId())))
                .filter(task -> department == null || department.equals(task.getVariable("department")))
                .max(Comparator.comparing(TaskEntity::getCreateTime)).map(TaskEntity::getId).orElse(null);
    }

    /**
     * Composed now, with the facts of this moment, and queued in this step's transaction; the
     * mail-delivery instance started here sends it after the step commits.
     */
    void queue(Notice notice, Recipient recipient, String taskId) {
        Mail mail = composer.compose(notice, recipient, taskId);
        MailOutbox.Key key = MailOutbox.Key.of(notice, recipient);
        outbox.enqueue(key, mail).ifPresentOrElse(id -> delivery.start(key, id, mail.subject()),
                () -> LOG.info("Mail {} queued already", key));
    }
}
