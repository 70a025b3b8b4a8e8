package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.UserTaskListeners;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

/** Attaches the {@link TrailRecorder} to the creation and completion of every user task of {@code complaint-handling}. */
@Component
class TrailParsePlugin extends AbstractProcessEnginePlugin {

    static final String PROCESS_KEY = "complaint-handling";

    private final TrailRecorder recorder;

    TrailParsePlugin(TrailRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.add(configuration,
                activity -> PROCESS_KEY.equals(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey()),
                recorder, TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_COMPLETE);
    }
}
