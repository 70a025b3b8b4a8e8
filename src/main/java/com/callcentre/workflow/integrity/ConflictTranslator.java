package com.callcentre.workflow.integrity;

import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Two people acting on one task at once: the one who loses gets a 409 in Chinese saying who has
 * it, never a 500. Outside the command's transaction, so that a conflict found when the
 * transaction commits (the engine's optimistic lock) is answered too. Only for a person's task
 * commands: the job executor retries its own conflicts.
 */
class ConflictTranslator extends CommandInterceptor {

    static final Set<String> TASK_COMMANDS = Set.of(
            "org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd",
            "org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.AssignTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd");

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
        try {
            return next.execute(command);
        } catch (TaskAlreadyClaimedException e) {
            throw TaskRefusal.conflict("任务已由 " + name(e.getTaskAssignee()) + " 认领，不能再认领；如需接手请先与其联系");
        } catch (RuntimeException e) {
            if (lostRace(e)) {
                throw TaskRefusal.conflict(whoFinished((String) CommandFields.read(command, "taskId")));
            }
            throw e;
        }
    }

    /**
     * The engine's optimistic lock, or the product's own tables refusing the same answer twice (a
     * unique key, a lock the other transaction holds): both mean someone else was a moment faster.
     */
    static boolean lostRace(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof DuplicateKeyException
                    || cause instanceof PessimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }

    private String whoFinished(String taskId) {
        HistoricTaskInstance task = configuration.getCommandExecutorTxRequired().execute(context ->
                context.runWithoutAuthorization(() -> configuration.getHistoryService()
                        .createHistoricTaskInstanceQuery().taskId(taskId).singleResult()));
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
