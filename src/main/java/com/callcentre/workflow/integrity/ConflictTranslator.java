package com.callcentre.workflow.integrity;

import com.callcentre.workflow.system.LostRace;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A person's task command never fails because of the engine's own background work, and two
 * people acting on one task at once are told who won. Outside the command's transaction, so a
 * conflict found at commit (the engine's optimistic lock, our tables' unique keys) is seen: the
 * command is run again on what is now there (a timer or mail job of the same scope was faster),
 * and if another person finished the task meanwhile, that run answers 409 saying who. Only for a
 * person's task commands: the job executor retries its own conflicts.
 */
class ConflictTranslator extends CommandInterceptor {

    static final Set<String> TASK_COMMANDS = Set.of(
            "org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd",
            "org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.AssignTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd");

    /** A person's task command is tried this often when it loses a race with background work. */
    static final int ATTEMPTS = 4;

    private final ProcessEngineConfigurationImpl configuration;

    ConflictTranslator(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (!TASK_COMMANDS.contains(command.getClass().getName())
                || configuration.getIdentityService().getCurrentAuthentication() == null) {
            return next.execute(command);
        }
        // Inside a caller's own transaction a retry could not start afresh: answer at once.
        int attempts = TransactionSynchronizationManager.isActualTransactionActive() ? 1 : ATTEMPTS;
        for (int attempt = 1; ; attempt++) {
            try {
                return next.execute(command);
            } catch (TaskAlreadyClaimedException e) {
                throw TaskRefusal.conflict("任务已由 " + name(e.getTaskAssignee()) + " 认领，不能再认领；如需接手请先与其联系");
            } catch (AuthorizationException e) {
                // The task's grants go with the task: read a moment after another person finished
                // it, a worker's own task looks forbidden. That is the race, said as such.
                String taskId = (String) CommandFields.read(command, "taskId");
                if (finished(taskId)) {
                    throw TaskRefusal.conflict(whoFinished(taskId));
                }
                throw e;
            } catch (TaskRefusal e) {
                throw e;
            } catch (RuntimeException e) {
                if (!LostRace.in(e)) {
                    // Another person finished the task (and perhaps ended the instance) while this
                    // command read it: the engine's complaint about what it no longer finds is that race.
                    // Read between the two commits, the task may still be there and its execution gone:
                    // the engine then fails on the missing execution (a NullPointerException).
                    String taskId = (String) CommandFields.read(command, "taskId");
                    boolean engineComplaint = e instanceof ProcessEngineException
                            && !(e instanceof FormFieldValidationException) || e instanceof NullPointerException;
                    if (engineComplaint && finished(taskId)) {
                        throw TaskRefusal.conflict(whoFinished(taskId));
                    }
                    throw e;
                }
                if (attempt >= attempts) {
                    throw TaskRefusal.conflict(whoFinished((String) CommandFields.read(command, "taskId")));
                }
                // Most often the job executor touched the same rows (a mail, a reminder, a breach
                // timer of the order): the person's action is simply done again on what is now
                // there. Had another person finished the task, the gate answers 409 on the retry.
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 40) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean finished(String taskId) {
        return taskId != null && configuration.getCommandExecutorTxRequired().execute(context ->
                context.runWithoutAuthorization(() -> configuration.getHistoryService().createHistoricTaskInstanceQuery()
                        .taskId(taskId).finished().count() > 0));
    }

    private String whoFinished(String taskId) {
        HistoricTaskInstance task = configuration.getCommandExecutorTxRequired().execute(context ->
                context.runWithoutAuthorization(() -> configuration.getHistoryService()
                        .createHistoricTaskInstanceQuery().taskId(taskId).singleResult()));
        if (task != null && task.getEndTime() != null
                && !org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.DELETE_REASON_COMPLETED.equals(task.getDeleteReason())) {
            // Ended without anybody completing it (withdrawn by a merge a moment ago): say so, never a name.
            return configuration.getCommandExecutorTxRequired().execute(context -> WithdrawnTask.why(context, task));
        }
        if (task != null && task.getEndTime() != null) {
            String who = configuration.getCommandExecutorTxRequired().execute(context -> TaskFinisher.of(context, taskId));
            return "任务「" + task.getName() + "」刚由 " + who + " 办理完毕，无需再办理";
        }
        return "任务刚被他人更新（" + (task != null && task.getAssignee() != null ? "现由 " + name(task.getAssignee()) + " 办理"
                : "请刷新") + "），请刷新后再试";
    }

    private String name(String userId) {
        return configuration.getCommandExecutorTxRequired().execute(context -> StaffNames.of(context, userId));
    }
}
