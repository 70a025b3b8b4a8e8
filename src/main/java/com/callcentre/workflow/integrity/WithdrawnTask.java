package com.callcentre.workflow.integrity;

import com.callcentre.workflow.system.ProcessKeys;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Why a task ended without anybody completing it, for the 409 of a person who acts on it
 * afterwards (Tasklist still open): never the name of whoever last held it. A merge (issue 16,
 * CP-8) says which ticket it was merged into and by whom, as the merge left it in the history
 * ({@link ProcessKeys#MERGED_INTO}); anything else says the task ended with its step.
 */
final class WithdrawnTask {

    private WithdrawnTask() {
    }

    static String why(CommandContext context, HistoricTaskInstance task) {
        return context.runWithoutAuthorization(() -> {
            var history = context.getProcessEngineConfiguration().getHistoryService();
            String instance = task.getProcessInstanceId();
            if (instance == null) {
                return ended(task);
            }
            Map<String, Object> merge = history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                    .variableNameIn(ProcessKeys.MERGED_INTO, ProcessKeys.MERGED_BY).list().stream()
                    .filter(v -> v.getValue() != null)
                    .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue,
                            (a, b) -> a));
            if (!merge.containsKey(ProcessKeys.MERGED_INTO)) {
                return ended(task);
            }
            HistoricProcessInstance process = history.createHistoricProcessInstanceQuery().processInstanceId(instance)
                    .singleResult();
            String ticket = process == null || process.getBusinessKey() == null ? "本工单" : "工单 " + process.getBusinessKey();
            Object by = merge.get(ProcessKeys.MERGED_BY);
            return "任务「" + task.getName() + "」已撤回，无需再办理：" + ticket + " 已由 "
                    + (by == null ? "投诉管理员" : StaffNames.of(context, by.toString())) + " 合并至工单 "
                    + merge.get(ProcessKeys.MERGED_INTO) + "（CP-8）";
        });
    }

    private static String ended(HistoricTaskInstance task) {
        return "任务「" + task.getName() + "」已随流程结束（未经办理），无需再办理";
    }
}
