package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.Departments;
import com.callcentre.workflow.system.ProcessKeys;
import com.callcentre.workflow.system.ShownText;
import com.callcentre.workflow.system.UserTaskListeners;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * The names the forms show for codes, so that no form keeps a list of its own (departments and
 * categories are data): when a user task of {@code complaint-handling} is created it gets
 * task-local {@code complaintTypeLabel} and {@code channelLabel} (the intake form's options,
 * {@link IntakeLabels}) and, for a task about one department's order, {@code departmentName}
 * ({@code centre.departments}). Escaped for the forms' markdown like any text they show
 * ({@link ShownText}). A code with no name shows as itself. {@code categoryLabel} and
 * {@code vipLevelLabel} are the instance's already ({@link RegisterTicket}, for Tasklist's columns);
 * {@code typeLabel} is not used here, being the leave type's column.
 */
@Component
class FormLabels extends AbstractProcessEnginePlugin implements TaskListener {

    /** The intake's field (its variable) and the variable its name goes to. */
    static final Map<String, String> INTAKE = Map.of("type", "complaintTypeLabel", "channel", "channelLabel");
    static final String DEPARTMENT_NAME = "departmentName";

    private final IntakeLabels labels;
    private final Departments departments;

    FormLabels(IntakeLabels labels, Departments departments) {
        this.labels = labels;
        this.departments = departments;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.add(configuration, activity -> ProcessKeys.COMPLAINT_HANDLING.equals(
                ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey()), this, TaskListener.EVENTNAME_CREATE);
    }

    @Override
    public void notify(DelegateTask task) {
        INTAKE.forEach((field, label) -> {
            if (task.getVariable(field) instanceof String code) {
                task.setVariableLocal(label, ShownText.literal(labels.nameOf(field, code)));
            }
        });
        if (task.getVariable("department") instanceof String code) {
            task.setVariableLocal(DEPARTMENT_NAME, ShownText.literal(departments.nameOf(code)));
        }
    }
}
