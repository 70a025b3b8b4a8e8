package com.callcentre.workflow.integrity;

import com.callcentre.workflow.system.FormOptions;
import com.callcentre.workflow.system.UserTaskListeners;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Options that are data reach the form (departments are configuration, domain rules §1): when
 * any user task is created, each field of its form with a {@code valuesKey} gets a task-local
 * variable of that name holding its options as form-js reads them ({@code [{"label", "value"}]},
 * JSON), from {@link FormOptions}. {@link CommandGate} accepts only those values on completion.
 */
@Component
class FormInputs extends AbstractProcessEnginePlugin implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormContracts contracts;
    private final FormOptions options;

    FormInputs(FormContracts contracts, FormOptions options) {
        this.contracts = contracts;
        this.options = options;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.add(configuration, activity -> true, this, TaskListener.EVENTNAME_CREATE);
    }

    @Override
    public void notify(DelegateTask task) {
        contracts.of(formId(task)).ifPresent(contract -> contract.fields().values().stream()
                .filter(field -> field.valuesKey() != null)
                .forEach(field -> options.of(field.valuesKey()).ifPresent(list ->
                        task.setVariableLocal(field.valuesKey(), SpinValues.jsonValue(json(list)).create()))));
    }

    private static String formId(DelegateTask task) {
        FormDefinition form = task instanceof TaskEntity entity && entity.getTaskDefinition() != null
                ? entity.getTaskDefinition().getFormDefinition() : null;
        return form == null || form.getCamundaFormDefinitionKey() == null ? null
                : form.getCamundaFormDefinitionKey().getExpressionText();
    }

    private static String json(java.util.List<FormOptions.Option> list) {
        try {
            return JSON.writeValueAsString(FormOptions.asVariable(list));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
