package com.callcentre.workflow.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
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
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, FilterColumns.this);
                }
            }
        });
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
