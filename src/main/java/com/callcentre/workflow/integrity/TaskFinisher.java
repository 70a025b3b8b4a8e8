package com.callcentre.workflow.integrity;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Who finished a task, as staff see them: the operation log's completer, else its last assignee. */
final class TaskFinisher {

    private TaskFinisher() {
    }

    static String of(CommandContext context, String taskId) {
        return context.runWithoutAuthorization(() -> {
            var history = context.getProcessEngineConfiguration().getHistoryService();
            UserOperationLogEntry completed = history.createUserOperationLogQuery().taskId(taskId)
                    .entityType(EntityTypes.TASK).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                    .orderByTimestamp().desc().listPage(0, 1).stream().findFirst().orElse(null);
            if (completed != null && completed.getUserId() != null) {
                return StaffNames.of(context, completed.getUserId());
            }
            HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
            return task == null || task.getAssignee() == null ? "他人" : StaffNames.of(context, task.getAssignee());
        });
    }
}
