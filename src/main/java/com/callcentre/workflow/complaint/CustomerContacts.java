package com.callcentre.workflow.complaint;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.ProcessKeys;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CP-9: the customer's full name and phone leave the ticket table only for the worker who phones
 * the customer, on their own open callback or request for customer information, when they ask
 * ("显示号码"); each such read is recorded (who, when, which ticket and task) for the quality
 * inspector. Nothing in the engine holds them: the forms show the masked forms.
 */
@Service
public class CustomerContacts {

    /** The tasks whose worker calls the customer. */
    static final Set<String> CALLING_TASKS = Set.of("callback", "requestCustomerInfo");
    static final String READ_STEP = "showCustomerContact";

    public record Contact(String ticketNo, String customerName, String customerPhone) {
    }

    public record Read(String ticketNo, String taskId, String taskName, String readBy, OffsetDateTime readAt) {
    }

    /** Why a read is refused: the task is unknown (404) or not the caller's to call from (403). */
    public static final class Refused extends RuntimeException {
        private final boolean notFound;

        Refused(boolean notFound, String message) {
            super(message);
            this.notFound = notFound;
        }

        public boolean notFound() {
            return notFound;
        }
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final TicketRepository tickets;
    private final TicketTrail trail;
    private final JdbcClient jdbc;

    CustomerContacts(TaskService tasks, RuntimeService runtime, CurrentUser currentUser, TicketRepository tickets,
            TicketTrail trail, JdbcClient jdbc) {
        this.trail = trail;
        this.tasks = tasks;
        this.runtime = runtime;
        this.currentUser = currentUser;
        this.tickets = tickets;
        this.jdbc = jdbc;
    }

    @Transactional
    public Contact reveal(String taskId) {
        String userId = currentUser.id().orElse(null);
        Task task = currentUser.withoutAuthorization(() -> tasks.createTaskQuery().taskId(taskId).processDefinitionKey(
                ProcessKeys.COMPLAINT_HANDLING).singleResult());
        if (task == null) {
            throw new Refused(true, "任务 " + taskId + " 不存在或已结束");
        }
        if (!CALLING_TASKS.contains(task.getTaskDefinitionKey())) {
            throw new Refused(false, "任务「" + task.getName() + "」不需要联系客户，不能查看客户号码（CP-9）");
        }
        if (userId == null || !userId.equals(task.getAssignee())) {
            throw new Refused(false, "只有认领了本任务的话务员本人可以查看客户号码（CP-9）");
        }
        String ticketNo = currentUser.withoutAuthorization(() -> runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey());
        Ticket ticket = tickets.find(ticketNo).orElseThrow(() -> new Refused(true, "工单 " + ticketNo + " 不存在"));
        if (ticket.intake().customerPhone() == null) {
            throw new Refused(true, "工单 " + ticketNo + " 的客户资料已按保存期限销毁（CP-14）");
        }
        jdbc.sql("insert into customer_data_read (ticket_no, task_id, task_name, read_by, read_at) values (?, ?, ?, ?, ?)")
                .params(ticketNo, taskId, task.getName(), userId, BusinessClock.timestamp()).update();
        // On the ticket's trail too: the quality inspector sees it in Cockpit's 工单轨迹.
        trail.record(ticketNo, READ_STEP, "查看客户号码", userId, "READ", "为「" + task.getName() + "」查看客户完整姓名和电话");
        return new Contact(ticketNo, ticket.intake().customerName(), ticket.intake().customerPhone());
    }

    /** The reads of one ticket, or the latest of all, newest first (for the quality inspector). */
    public List<Read> reads(Optional<String> ticketNo, int limit) {
        String where = ticketNo.isPresent() ? " where ticket_no = :ticket" : "";
        var statement = jdbc.sql("select ticket_no, task_id, task_name, read_by, read_at from customer_data_read"
                + where + " order by read_at desc, id desc limit :limit").param("limit", limit);
        if (ticketNo.isPresent()) {
            statement = statement.param("ticket", ticketNo.get());
        }
        return statement.query((rs, row) -> new Read(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getObject(5, OffsetDateTime.class))).list();
    }
}
