package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.ProcessKeys;
import com.callcentre.workflow.system.UserTaskListeners;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

/** Attaches the {@link TrailRecorder} to the creation and completion of every user task of {@code complaint-handling}. */
@Component
class TrailParsePlugin extends AbstractProcessEnginePlugin {


    private final TrailRecorder recorder;

    TrailParsePlugin(TrailRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.add(configuration,
                activity -> ProcessKeys.COMPLAINT_HANDLING.equals(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey()),
                recorder, TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_COMPLETE);
    }
}
