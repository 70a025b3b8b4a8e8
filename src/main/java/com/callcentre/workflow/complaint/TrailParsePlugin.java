package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.ProcessKeys;
import com.callcentre.workflow.system.UserTaskListeners;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * Attaches the {@link TrailRecorder} to the creation and completion of every user task of
 * {@code complaint-handling}, and {@link OwnerFollows} to its creation.
 */
@Component
class TrailParsePlugin extends AbstractProcessEnginePlugin {


    private final TrailRecorder recorder;
    private final OwnerFollows follows;

    TrailParsePlugin(TrailRecorder recorder, OwnerFollows follows) {
        this.recorder = recorder;
        this.follows = follows;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.add(configuration,
                activity -> ProcessKeys.COMPLAINT_HANDLING.equals(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey()),
                recorder, TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_COMPLETE);
        UserTaskListeners.add(configuration,
                activity -> ProcessKeys.COMPLAINT_HANDLING.equals(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey()),
                follows, TaskListener.EVENTNAME_CREATE);
    }
}
