package com.callcentre.workflow.integrity;

import com.callcentre.workflow.system.FormOptions;
import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.InvalidInputException.FieldProblem;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The processes are the only way through (docs/security.md). Inside every engine command, for
 * every user but an administrator, whatever the route ({@code /engine-rest}, Tasklist's
 * {@code /camunda/api/engine}, {@code /api}, Java):
 * <ul>
 * <li>no start anywhere but at the start event, no modification, restart or migration of an
 * instance, no message, signal, BPMN error or escalation sent by hand: 403;</li>
 * <li>a start, a completion or a form submission carries exactly its form's fields
 * ({@link SubmittedValues}): anything else, such as a start variable {@code initiator} or an
 * extra {@code employee} at an approval, is a 400 naming the field, and nothing changes; a field
 * whose options are data ({@code valuesKey}) takes only what {@link FormOptions} offers now, e.g.
 * a configured department, whatever the task's variables say;</li>
 * <li>a task that is gone is a 404, or a 409 saying who finished it, or, when nobody did, why it
 * ended (a merge: into which ticket, by whom; {@link WithdrawnTask}).</li>
 * </ul>
 * The job executor and the product's own code (no user, or {@link ProductCalls}) are not held here.
 */
class CommandGate extends CommandInterceptor {

    /** Commands no member of staff sends: they leave the path the model draws. */
    static final Set<String> ADMIN_ONLY = Set.of(
            "org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd",
            "org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd",
            "org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd",
            "org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd",
            "org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd",
            "org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd",
            "org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd",
            "org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd",
            "org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd",
            "org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd",
            "org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd",
            "org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd",
            "org.camunda.bpm.engine.impl.cmd.SignalCmd",
            "org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd",
            "org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd",
            "org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd");

    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private final FormContracts contracts;
    private final FormOptions options;

    CommandGate(FormContracts contracts, FormOptions options) {
        this.contracts = contracts;
        this.options = options;
    }

    @Override
    public <T> T execute(Command<T> command) {
        int depth = DEPTH.get();
        DEPTH.set(depth + 1);
        try {
            // Only what the caller sent: commands the engine runs inside it are the model's.
            if (depth == 0 && !ProductCalls.active()) {
                check(command, Context.getCommandContext());
            }
            return next.execute(command);
        } finally {
            DEPTH.set(depth);
        }
    }

    private void check(Command<?> command, CommandContext context) {
        Authentication user = context.getAuthentication();
        if (user == null || user.getUserId() == null || context.getAuthorizationManager().isCamundaAdmin(user)) {
            return;
        }
        if (ADMIN_ONLY.contains(command.getClass().getName())) {
            throw new AuthorizationException("只有系统管理员可以这样操作流程（从中途开始、修改、重启、迁移实例或手工发送消息）："
                    + "请按流程办理各步骤");
        }
        if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl builder =
                    (ProcessInstantiationBuilderImpl) CommandFields.read(command, "instantiationBuilder");
            ProcessDefinitionEntity definition = definition(context, builder.getProcessDefinitionId(),
                    builder.getProcessDefinitionKey());
            checkStart(definition, builder.getVariables());
        } else if (command instanceof SubmitStartFormCmd) {
            checkStart(definition(context, (String) CommandFields.read(command, "processDefinitionId"), null),
                    variables(command, "variables"));
        } else if (command instanceof CompleteTaskCmd) {
            checkTask(context, (String) CommandFields.read(command, "taskId"), variables(command, "variables"));
        } else if (command instanceof SubmitTaskFormCmd) {
            checkTask(context, (String) CommandFields.read(command, "taskId"), variables(command, "properties"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(Command<?> command, String field) {
        Object variables = CommandFields.read(command, field);
        return variables == null ? Map.of() : (Map<String, Object>) variables;
    }

    private static ProcessDefinitionEntity definition(CommandContext context, String id, String key) {
        DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
        if (id != null) {
            return cache.findDeployedProcessDefinitionById(id);
        }
        return key == null ? null : cache.findDeployedLatestProcessDefinitionByKey(key);
    }

    private void checkStart(ProcessDefinitionEntity definition, Map<String, Object> variables) {
        if (definition == null) {
            return; // the engine answers an unknown process itself
        }
        // The start's own first step checks what the request needs, naming the rule (LV-, SW-, CP-3).
        check(formId(definition.getStartFormDefinition()), variables, name -> null, false);
    }

    private void checkTask(CommandContext context, String taskId, Map<String, Object> variables) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            throw gone(context, taskId);
        }
        FormDefinition form = task.getTaskDefinition() == null ? null : task.getTaskDefinition().getFormDefinition();
        check(formId(form), variables, task::getVariable, true);
    }

    private void check(String formId, Map<String, Object> variables, Function<String, Object> current,
            boolean requireAnswers) {
        FormContracts.Contract contract = contracts.of(formId).map(this::withOptions)
                .orElse(new FormContracts.Contract(formId == null ? "（无表单）" : formId, Map.of()));
        List<FieldProblem> problems = SubmittedValues.check(contract, variables, current, requireAnswers);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The contract with each {@code valuesKey} field's choices as configured now; an unknown key offers none. */
    private FormContracts.Contract withOptions(FormContracts.Contract contract) {
        if (contract.fields().values().stream().allMatch(f -> f.valuesKey() == null)) {
            return contract;
        }
        Map<String, FormContracts.Field> fields = new LinkedHashMap<>();
        contract.fields().forEach((key, field) -> fields.put(key, field.valuesKey() == null ? field
                : field.withChoices(options.of(field.valuesKey()).orElse(List.of()).stream()
                        .map(FormOptions.Option::value).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)))));
        return new FormContracts.Contract(contract.formId(), fields);
    }

    private static String formId(FormDefinition form) {
        return form == null || form.getCamundaFormDefinitionKey() == null ? null
                : form.getCamundaFormDefinitionKey().getExpressionText();
    }

    /** 409 with who finished it (or why it ended unfinished) when history knows the task; 404 when it never was. */
    private static TaskRefusal gone(CommandContext context, String taskId) {
        HistoricTaskInstance done = taskId == null ? null : context.runWithoutAuthorization(() ->
                context.getProcessEngineConfiguration().getHistoryService().createHistoricTaskInstanceQuery()
                        .taskId(taskId).singleResult());
        if (done == null || done.getEndTime() == null) {
            return TaskRefusal.gone(taskId);
        }
        if (!TaskEntity.DELETE_REASON_COMPLETED.equals(done.getDeleteReason())) {
            return TaskRefusal.conflict(WithdrawnTask.why(context, done));
        }
        return TaskRefusal.conflict("任务「" + done.getName() + "」已由 " + TaskFinisher.of(context, taskId)
                + " 办理完毕，无需再办理");
    }
}
