package com.callcentre.workflow.quality;

import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.JobType;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.system.BusinessClock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The month's listenings (质检抽听, QA-1) in {@code quality-listening}: the month opened on the
 * first, one user task {@code scoreListening} per agent and slot of the quota (王芳（agent1）第 2/4
 * 次), and the reminder near the month's end. The slot ({@code agent1#2}) is the multi-instance
 * element; the answers are local to each slot's execution, so parallel scores do not overwrite
 * each other. Public: the engine's expressions call only public classes.
 */
@Component("listeningTasks")
public class ListeningTasks {

    static final String TASK = "scoreListening";
    static final String SLOT = "listeningSlot";
    static final String MONTH = "listeningMonth";
    static final String TASK_NAME = "质检抽听";
    static final String REMINDER_MARK = "【月底提醒】";
    /** Above the engine's default of 50: flagged listenings come first in a list by priority. */
    static final int REMINDER_PRIORITY = 80;

    private final ListeningBook book;
    private final ListeningSchedule schedule;
    private final Roster roster;

    ListeningTasks(ListeningBook book, ListeningSchedule schedule, Roster roster) {
        this.book = book;
        this.schedule = schedule;
        this.roster = roster;
    }

    /** {@code openListeningMonth}: the month (ZJ203003), its quota, reminder and end. */
    public void openMonth(DelegateExecution execution) {
        YearMonth month = YearMonth.from(BusinessClock.now().atZone(schedule.zone()));
        execution.setProcessBusinessKey("ZJ" + month.toString().replace("-", ""));
        execution.setVariable(MONTH, month.toString());
        execution.setVariable("listeningMonthText", month.getYear() + "年" + month.getMonthValue() + "月");
        execution.setVariable("listeningQuota", schedule.quota());
        execution.setVariable("listeningReminderAt", schedule.reminderOf(month));
        execution.setVariable("listeningMonthEnd", schedule.endOf(month));
        execution.setVariable("listeningCount", slots(execution).size());
    }

    /** The multi-instance collection: each agent's slots of the quota not scored yet, by agent. */
    public List<String> slots(DelegateExecution execution) {
        YearMonth month = YearMonth.parse((String) execution.getVariable(MONTH));
        List<String> slots = new ArrayList<>();
        for (Employee agent : roster.employees(JobType.AGENT)) {
            for (int n = 1; n <= schedule.quota(); n++) {
                slots.add(agent.userId() + "#" + n);
            }
        }
        // A slot scored already (the month opened twice) is not listened to again.
        Map<String, Integer> done = book.doneByAgent(month);
        slots.removeIf(s -> slotNo(s) <= done.getOrDefault(agentOf(s), 0));
        return slots;
    }

    /** Create listener: whose call, which slot, as the task's name and task-local variables. */
    public void prepare(DelegateTask task) {
        String slot = (String) task.getVariable(SLOT);
        String agent = agentOf(slot);
        Employee employee = roster.employee(agent).orElse(null);
        String person = employee == null ? agent : employee.name() + "（" + agent + "）";
        String team = employee == null || employee.dutyLeader() == null ? "—" : teamName(employee.dutyLeader());
        task.setName(TASK_NAME + "（" + person + " 第" + slotNo(slot) + "/" + schedule.quota() + "次）");
        task.setVariableLocal("agentName", person);
        task.setVariableLocal("teamName", team);
        task.setVariableLocal("slotText", "第 " + slotNo(slot) + " 次（本月定额 " + schedule.quota() + " 次）");
        for (String answer : CheckListeningScore.ANSWERS) {
            task.getExecution().setVariableLocal(answer, null);
        }
    }

    /**
     * {@code flagBelowQuota}: near the month's end, the open listenings of every agent below quota
     * are flagged (【月底提醒】 in the name, a higher priority) and the instance keeps who was below.
     */
    public void remind(DelegateExecution execution) {
        YearMonth month = YearMonth.parse((String) execution.getVariable(MONTH));
        Map<String, Integer> done = book.doneByAgent(month);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        List<String> below = new ArrayList<>();
        for (Employee agent : roster.employees(JobType.AGENT)) {
            int count = done.getOrDefault(agent.userId(), 0);
            if (count < schedule.quota()) {
                below.add(agent.name() + "（" + agent.userId() + "）" + count + "/" + schedule.quota());
            }
        }
        for (Task open : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(TASK).list()) {
            if (!open.getName().startsWith(REMINDER_MARK)) {
                open.setName(REMINDER_MARK + open.getName());
                open.setPriority(REMINDER_PRIORITY);
                tasks.saveTask(open);
            }
        }
        execution.setVariable("belowQuotaText", String.join("；", below));
    }

    static String agentOf(String slot) {
        return slot.substring(0, slot.lastIndexOf('#'));
    }

    static int slotNo(String slot) {
        return Integer.parseInt(slot.substring(slot.lastIndexOf('#') + 1));
    }

    private String teamName(String leader) {
        return roster.employee(leader).map(l -> l.name() + "班组").orElse(leader + "班组");
    }
}
