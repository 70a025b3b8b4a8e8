package com.callcentre.workflow.quality;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * An instance a timer started, as camunda-bpm-assert reads it (it may have ended already, so it is
 * built from history).
 */
record StartedInstance(String id, String businessKey, String processDefinitionId, String processDefinitionKey)
        implements ProcessInstance {

    static ProcessInstance of(HistoricProcessInstance h) {
        return new StartedInstance(h.getId(), h.getBusinessKey(), h.getProcessDefinitionId(),
                h.getProcessDefinitionKey());
    }

    public String getId() { return id; }
    public String getBusinessKey() { return businessKey; }
    public String getProcessDefinitionId() { return processDefinitionId; }
    public String getProcessInstanceId() { return id; }
    public String getRootProcessInstanceId() { return id; }
    public String getCaseInstanceId() { return null; }
    public String getTenantId() { return null; }
    public boolean isSuspended() { return false; }
    public boolean isEnded() { return false; }
    public String getProcessDefinitionKey() { return processDefinitionKey; }
}
