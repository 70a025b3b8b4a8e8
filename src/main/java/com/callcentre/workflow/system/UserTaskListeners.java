package com.callcentre.workflow.system;

import java.util.ArrayList;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Attaches a task listener to user tasks as the models are parsed (in an engine plugin's
 * {@code preInit}), so that no task of a model can be forgotten by its author.
 */
public final class UserTaskListeners {

    private UserTaskListeners() {
    }

    /** The listener on the events of every user task whose activity passes the test. */
    public static void add(ProcessEngineConfigurationImpl configuration, Predicate<ActivityImpl> which,
            TaskListener listener, String... events) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (which.test(activity) && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    for (String event : events) {
                        behavior.getTaskDefinition().addTaskListener(event, listener);
                    }
                }
            }
        });
    }
}
