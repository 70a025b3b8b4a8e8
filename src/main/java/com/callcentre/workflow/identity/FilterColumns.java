package com.callcentre.workflow.identity;

import com.callcentre.workflow.system.UserTaskListeners;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Copies the variables that the Tasklist filters show as columns ({@link TasklistFilters}) onto
 * each new user task, as task variables. Tasklist reads a filter's columns with the user's
 * authorizations, and a candidate may read the task but not the process instance: without the
 * copy a department liaison's list would show no ticket number. The values are fixed when the
 * task is created (a new round or a resumed order makes a new task); what they show is no more
 * than the task's form shows.
 */
@Component
class FilterColumns extends AbstractProcessEnginePlugin implements TaskListener {

    static final List<String> NAMES = Stream.concat(TasklistFilters.ORDER_COLUMNS.stream(),
            TasklistFilters.REQUEST_COLUMNS.stream()).map(TasklistFilters.Column::name).distinct().toList();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.add(configuration, activity -> true, this, TaskListener.EVENTNAME_CREATE);
    }

    @Override
    public void notify(DelegateTask task) {
        for (String name : NAMES) {
            Object value = task.getVariable(name);
            if (value != null && !task.hasVariableLocal(name)) {
                task.setVariableLocal(name, value);
            }
        }
    }
}
